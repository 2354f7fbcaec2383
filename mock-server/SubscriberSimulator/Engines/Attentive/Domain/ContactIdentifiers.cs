using System.Text.RegularExpressions;
using SubscriberSdk.Phones;

namespace SubscriberSimulator.Engines.Attentive.Domain;

/// <summary>
/// The phone and email rules from openapi/attentive.json: strict E.164 ('+', the country code and the
/// number, digits only) checked against libphonenumber's metadata through the shared phone library,
/// so a number of the right shape that no country issues is refused as Attentive would; and a plain
/// <c>local@domain.tld</c> email check.
/// </summary>
internal static partial class ContactIdentifiers
{
    public static bool IsE164(string phone) => PhoneNumbers.TryParseE164Strict(phone, out _, out _);

    public static bool IsEmail(string email) => email.Length <= 254 && EmailPattern().IsMatch(email);

    /// <summary>The phone itself (E.164 is already canonical), or the email lowercased.</summary>
    public static string Key(AttentiveChannel channel, string identifier) =>
        channel == AttentiveChannel.Text ? identifier : identifier.ToLowerInvariant();

    /// <summary>Checks an identifier and returns its key; a 400 names the field, never the value.</summary>
    public static string RequireKey(AttentiveChannel channel, string identifier, string field)
    {
        if (channel == AttentiveChannel.Text && !IsE164(identifier))
        {
            throw AttentiveRequestException.BadRequest($"{field} must be an E.164 phone number: \"+\", the country code and the number, digits only.");
        }

        if (channel == AttentiveChannel.Email && !IsEmail(identifier))
        {
            throw AttentiveRequestException.BadRequest($"{field} must be a valid email address.");
        }

        return Key(channel, identifier);
    }

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
