using System.Net.Mail;
using SubscriberSdk.Internal.Phones;

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

    /// <summary>Returns the number in E.164 read in the provider's form, or null with the rule it broke.</summary>
    public static string? Phone(string? value, PhoneForm form, string defaultRegion, out string? error)
    {
        error = null;
        if (value is null)
        {
            return null;
        }

        var reading = PhoneReader.Read(value.Trim(), form, defaultRegion);
        if (reading.Broken is { } rule)
        {
            error = "the phone number cannot be read as E.164: it " + PhoneRuleText.Describe(rule);
        }

        return reading.E164;
    }
}
