using SubscriberSimulator.Core.Phones;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>The one place the engine reads phone numbers (E.164 or national with a country hint, stored as E.164); the rules are Core/Phones'.</summary>
internal static class SequenzyPhone
{
    public static string? TryNormalize(string raw, string? country)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var verdict = ProviderPhoneRules.Sequenzy(raw, country);
        return verdict.IsValid ? verdict.E164 : null;
    }

    public static string Normalize(string raw, string? country, string field)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var verdict = ProviderPhoneRules.Sequenzy(raw, country);
        return verdict.Broken is { } rule ? throw RequestRefusedException.BadRequest(PhoneRuleWords.About(field, rule)) : verdict.E164;
    }
}
