using System.Text.RegularExpressions;
using SubscriberSimulator.Core.Phones;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// The phone and email rules from openapi/attentive.json: strict E.164 ('+', the country code and the
/// number, digits only) that libphonenumber calls valid (Core/Phones), so a number of the right shape
/// that no country issues is refused as Attentive would; and a plain <c>local@domain.tld</c> email check
/// on the trimmed address (no whitespace or control character inside).
/// </summary>
internal static partial class ContactIdentifiers
{
    /// <summary>Checks an identifier and returns its key; a 400 names the field, never the value.</summary>
    /// <returns>The E.164 phone in ASCII digits, or the email lowercased: the contact's dictionary key.</returns>
    public static string RequireKey(AttentiveChannel channel, string identifier, string field)
    {
        if (channel == AttentiveChannel.Text)
        {
            // E.164 written with other scripts' digits or a full-width plus is keyed by its ASCII form.
            var verdict = ProviderPhoneRules.E164(identifier);
            return verdict.Broken is { } rule
                ? throw RequestRefusedException.BadRequest(PhoneRuleWords.About(field, rule) + ".")
                : verdict.E164;
        }

        // Trimmed like the other three providers' emails, so "a@b.co\n" is not a second contact
        // that stays eligible after "a@b.co" unsubscribed; what is left may hold no control character.
        var email = identifier.Trim();
        if (email.Length > 254 || !EmailPattern().IsMatch(email))
        {
            throw RequestRefusedException.BadRequest($"{field} must be a valid email address.");
        }

        return email.ToLowerInvariant();
    }

    /// <summary>What an identifier of the channel is called in queries and messages: "phone" or "email".</summary>
    public static string FieldOf(AttentiveChannel channel) => channel == AttentiveChannel.Text ? "phone" : "email";

    // \z, not $: "$" also matches before a final newline.
    [GeneratedRegex(@"^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
