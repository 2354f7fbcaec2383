using System.Globalization;
using SubscriberSimulator.Core.Phones;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// Essential is US-only: it accepts a NANP number as 10 digits, 11 digits starting with 1, or
/// +1 E.164, and answers with the 10-digit form. Reading and validation are Core/Phones' (libphonenumber
/// underneath); the number is kept as a long so a million subscribers do not carry a million phone strings.
/// </summary>
internal static class UsPhoneNumber
{
    private const long CountryCodeOne = 10_000_000_000L;

    public static bool TryParse(string text, out long number)
    {
        var verdict = ProviderPhoneRules.Essential(text);
        number = verdict.IsValid ? verdict.E164Digits - CountryCodeOne : 0;
        return verdict.IsValid;
    }

    public static long Parse(string field, string text)
    {
        var verdict = ProviderPhoneRules.Essential(text);
        return verdict.Broken is { } rule
            ? throw RequestRefusedException.BadRequest(PhoneRuleWords.About(field, rule) + ".")
            : verdict.E164Digits - CountryCodeOne;
    }

    public static string ToTenDigits(long number) => number.ToString("D10", CultureInfo.InvariantCulture);

    public static string ToE164(long number) => "+1" + ToTenDigits(number);

    /// <summary>Last four digits only: logs and messages never carry a whole number.</summary>
    public static string Masked(long number) => "******" + (number % 10_000).ToString("D4", CultureInfo.InvariantCulture);
}
