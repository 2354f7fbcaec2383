using SubscriberSdk.Phones.Internal;

namespace SubscriberSdk.Phones;

/// <summary>
/// Helpers for North American Numbering Plan numbers (+1: US, Canada, much of the Caribbean),
/// written NXX-NXX-XXXX where N is 2-9: area and exchange codes never start with 0 or 1.
/// </summary>
public static class NanpNumbers
{
    /// <summary>The NANP country calling code.</summary>
    public const int CountryCode = 1;

    /// <summary>
    /// True when <paramref name="tenDigits"/> has the NANP shape: ten ASCII digits, area code and
    /// exchange code starting with 2-9. A shape check only; <see cref="PhoneNumber.IsValid"/> also
    /// checks that the area code is in service.
    /// </summary>
    /// <param name="tenDigits">The national number, digits only.</param>
    /// <returns>Whether it has the NXX-NXX-XXXX shape.</returns>
    public static bool HasNanpShape(ReadOnlySpan<char> tenDigits) =>
        tenDigits.Length == 10
        && PhoneCharacters.AreAsciiDigits(tenDigits)
        && tenDigits[0] >= '2'
        && tenDigits[3] >= '2';

    /// <summary>
    /// Reads a NANP number written as 10 digits, 11 digits starting with 1, or +1 E.164 (the forms
    /// Essential accepts) and returns its 10-digit national form, if the number is valid.
    /// </summary>
    /// <param name="text">The number, digits only (with an optional leading '+1').</param>
    /// <param name="tenDigits">The 10-digit national number, or null.</param>
    /// <param name="error">Why the text was rejected, or <see cref="PhoneParseError.None"/>.</param>
    /// <returns>True for a valid NANP number in one of the three forms.</returns>
    public static bool TryGetTenDigits(string? text, out string? tenDigits, out PhoneParseError error)
    {
        tenDigits = null;
        error = Classify(text);
        if (error != PhoneParseError.None)
        {
            return false;
        }

        // The digits-only forms read as US numbers; "+1..." carries its own code.
        if (!PhoneNumbers.TryParseValid(text, "US", out var number, out error))
        {
            return false;
        }

        if (!number.IsNanp)
        {
            error = PhoneParseError.InvalidCountryCode;
            return false;
        }

        tenDigits = number.NationalNumber;
        return true;
    }

    private static PhoneParseError Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PhoneParseError.Empty;
        }

        var span = text.AsSpan();
        var hasPlus = span[0] == '+';
        if (hasPlus && !span.StartsWith("+1", StringComparison.Ordinal))
        {
            return PhoneParseError.InvalidCountryCode;
        }

        var digits = hasPlus ? span[2..] : span;
        if (!PhoneCharacters.AreAsciiDigits(digits))
        {
            return PhoneParseError.NotANumber;
        }

        var allowed = digits.Length == 10 || (!hasPlus && digits.Length == 11 && digits[0] == '1');
        if (allowed)
        {
            return PhoneParseError.None;
        }

        return digits.Length < 10 ? PhoneParseError.TooShort : PhoneParseError.TooLong;
    }
}
