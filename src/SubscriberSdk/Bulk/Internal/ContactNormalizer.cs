using System.Net.Mail;
using SubscriberSdk.Phones;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>The normalisation every provider shares: email trimmed and lower-cased, phone to E.164.</summary>
internal static class ContactNormalizer
{
    /// <summary>Returns the normalised email, or null with a reason when it is not an address.</summary>
    public static string? Email(string? value, out string? error)
    {
        error = null;
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim().ToLowerInvariant();
        var at = trimmed.LastIndexOf('@');
        var plausible = trimmed.Length is > 0 and <= 254 && !trimmed.Contains(' ', StringComparison.Ordinal)
            && at > 0 && at < trimmed.Length - 1 && trimmed[(at + 1)..].Contains('.', StringComparison.Ordinal) && !trimmed.EndsWith('.');
        if (!plausible || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
        {
            error = "the email is not a valid address (expected name@domain.tld)";
            return null;
        }

        return trimmed;
    }

    /// <summary>Returns the number in E.164, or null with a reason when it is not a valid number.</summary>
    public static string? Phone(string? value, string? defaultRegion, out string? error)
    {
        error = null;
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        var region = trimmed.StartsWith('+') ? null : defaultRegion;
        if (!PhoneNumbers.TryParseValid(trimmed, region, out var number, out var parseError))
        {
            var reason = parseError == default ? "it is not a valid number" : PhoneNumbers.Describe(parseError);
            error = $"the phone number cannot be read as E.164 ({reason})";
            return null;
        }

        return number.E164;
    }
}
