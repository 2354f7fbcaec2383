using System.Text.RegularExpressions;

namespace SubscriberSdk.Http.Internal;

/// <summary>Hides phone numbers and email addresses in text bound for logs and exception messages.</summary>
internal static partial class SensitiveDataMasker
{
    private const int VisiblePhoneDigits = 2;

    /// <summary>Masks every email address and every run of seven or more digits (phone numbers, with separators).</summary>
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var masked = EmailPattern().Replace(text, m => MaskEmail(m.Value));
        return PhonePattern().Replace(masked, m => MaskPhone(m.Value));
    }

    /// <summary><c>jane.doe@example.com</c> becomes <c>j***@***.com</c>.</summary>
    public static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return "***";
        }

        var lastDot = email.LastIndexOf('.');
        var topLevel = lastDot > at ? email[lastDot..] : string.Empty;
        return $"{email[0]}***@***{topLevel}";
    }

    /// <summary><c>+1 (415) 555-0123</c> becomes <c>+*********23</c>: enough to tell numbers apart in a log, not to dial one.</summary>
    public static string MaskPhone(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        if (digits.Length <= VisiblePhoneDigits)
        {
            return new string('*', digits.Length);
        }

        var prefix = phone.TrimStart().StartsWith('+') ? "+" : string.Empty;
        return prefix + new string('*', digits.Length - VisiblePhoneDigits) + new string(digits[^VisiblePhoneDigits..]);
    }

    /// <summary>The path of a URI with sensitive parts masked and the query string dropped (query values are often identifiers).</summary>
    public static string MaskUri(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        var decoded = Uri.UnescapeDataString(path);
        return Mask(decoded) + (uri.IsAbsoluteUri && uri.Query.Length > 1 ? "?…" : string.Empty);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Seven or more digits, optionally led by '+', separated by spaces, dots, dashes or parentheses;
    // not inside a longer alphanumeric token such as a resource id.
    [GeneratedRegex(@"(?<![A-Za-z0-9])\+?\(?\d(?:[\s.\-()]*\d){6,}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
