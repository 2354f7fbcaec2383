using System.Text.RegularExpressions;
using SubscriberSimulator.Core.Phones;

namespace SubscriberSimulator.Engines.Attentive.Domain;

/// <summary>
/// The phone and email rules from openapi/attentive.json: strict E.164 ('+', the country code and the
/// number, digits only) that libphonenumber calls valid (Core/Phones), so a number of the right shape
/// that no country issues is refused as Attentive would; and a plain <c>local@domain.tld</c> email check.
/// </summary>
internal static partial class ContactIdentifiers
{
    /// <summary>The phone rule <paramref name="phone"/> breaks, or null for a valid E.164 number.</summary>
    public static PhoneRule? PhoneProblem(string phone) => ProviderPhoneRules.E164(phone).Broken;

    /// <summary>A 400 that names the field and the phone rule, in the words the SDK uses too.</summary>
    public static AttentiveRequestException PhoneRefused(string field, PhoneRule rule) =>
        AttentiveRequestException.BadRequest(PhoneRuleWords.About(field, rule) + ".");

    public static bool IsEmail(string email) => email.Length <= 254 && EmailPattern().IsMatch(email);

    /// <summary>The phone itself (E.164 is already canonical), or the email lowercased.</summary>
    public static string Key(AttentiveChannel channel, string identifier) =>
        channel == AttentiveChannel.Text ? identifier : identifier.ToLowerInvariant();

    /// <summary>Checks an identifier and returns its key; a 400 names the field, never the value.</summary>
    public static string RequireKey(AttentiveChannel channel, string identifier, string field)
    {
        if (channel == AttentiveChannel.Text)
        {
            // E.164 written with other scripts' digits or a full-width plus is keyed by its ASCII form.
            var verdict = ProviderPhoneRules.E164(identifier);
            return verdict.Broken is { } rule ? throw PhoneRefused(field, rule) : verdict.E164;
        }

        if (!IsEmail(identifier))
        {
            throw AttentiveRequestException.BadRequest($"{field} must be a valid email address.");
        }

        return Key(channel, identifier);
    }

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
