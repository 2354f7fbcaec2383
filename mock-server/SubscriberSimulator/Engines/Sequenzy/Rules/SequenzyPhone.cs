using SubscriberSdk.Phones;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>The one place the engine parses phone numbers (E.164 or national with a country hint, stored as E.164).</summary>
internal static class SequenzyPhone
{
    public const string DefaultCountry = "US";

    public static string? TryNormalize(string raw, string? country)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return PhoneNumbers.TryParseValid(raw, country ?? DefaultCountry, out var number, out _) ? number.E164 : null;
    }

    public static string Normalize(string raw, string? country, string field) =>
        TryNormalize(raw, country) ?? throw SequenzyRequestException.BadRequest($"{field} is not a valid phone number");
}
