using System.Globalization;
using SubscriberSimulator.Core.Phones;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>
/// Mobile Text Alerts' phone numbers. Reading and validity are Core/Phones' (<see cref="ProviderPhoneRules"/>,
/// libphonenumber underneath); this class keeps the engine's storage: a number is its E.164 digits in a
/// <see cref="long"/> (15 digits fit), which keeps a million-subscriber account small and makes the phone
/// index a long-keyed dictionary.
/// </summary>
/// <remarks>
/// <c>number</c>: with a plus, international; otherwise 10 digits are a US number (8002223333 becomes
/// +18002223333), 11 digits starting with 1 carry the NANP code, other lengths start with their country code.
/// <c>e164Number</c>: strict E.164. Both must be numbers libphonenumber calls valid. Decision: the provider's
/// documented example 1112228904 (shown as +1112228904) is refused, as the SDK refuses it: libphonenumber
/// knows no such number (area codes never start with 1).
/// </remarks>
internal static class MtaPhoneNumbers
{
    /// <summary>The country id Mobile Text Alerts uses for the United States (+1).</summary>
    public const int UnitedStatesCountryId = 209;

    public static bool TryParseNumber(long value, out long e164Digits) => Accepted(Number(value), out e164Digits);

    public static bool TryParseNumber(ReadOnlySpan<char> text, out long e164Digits) => Accepted(Number(text.ToString()), out e164Digits);

    public static bool TryParseE164(ReadOnlySpan<char> text, out long e164Digits) => Accepted(E164(text.ToString()), out e164Digits);

    public static string FormatE164(long e164Digits) => "+" + e164Digits.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value Mobile Text Alerts shows in <c>number</c>: the national part of a NANP number, else all digits.</summary>
    public static long NationalNumber(long e164Digits) =>
        IsNanp(e164Digits) ? e164Digits - 10_000_000_000L : e164Digits;

    /// <summary>The country id, or 0 when the simulator does not know the country.</summary>
    public static int CountryId(long e164Digits) => IsNanp(e164Digits) ? UnitedStatesCountryId : 0;

    /// <summary>The <c>number</c> field (or a number in a path) read by the provider's rules.</summary>
    public static PhoneVerdict Number(string text) => ProviderPhoneRules.MobileTextAlertsNumber(text);

    /// <summary>The <c>number</c> field sent as a JSON number.</summary>
    public static PhoneVerdict Number(long value) => ProviderPhoneRules.MobileTextAlertsNumber(value);

    /// <summary>The <c>e164Number</c> field.</summary>
    public static PhoneVerdict E164(string text) => ProviderPhoneRules.E164(text);

    /// <summary>The E.164 digits of a <c>number</c> given as text, or a 400 naming <paramref name="field"/> and the broken rule.</summary>
    public static long Require(string? text, string field)
    {
        var verdict = Number(text ?? string.Empty);
        return verdict.Broken is { } rule ? throw RequestRefusedException.BadRequest(ErrorMessages.Phone(field, rule)) : verdict.E164Digits;
    }

    private static bool Accepted(PhoneVerdict verdict, out long e164Digits)
    {
        e164Digits = verdict.E164Digits;
        return verdict.IsValid;
    }

    /// <summary>+1 and ten digits: eleven digits starting with 1.</summary>
    private static bool IsNanp(long e164Digits) => e164Digits / 10_000_000_000L == 1;
}
