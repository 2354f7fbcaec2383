using System.Globalization;
using PhoneNumbers;

namespace SubscriberSimulator.Core.Phones;

/// <summary>
/// libphonenumber-csharp behind the simulator's phone rules (<see cref="ProviderPhoneRules"/>): it parses,
/// decides validity and writes E.164. Thread-safe.
/// </summary>
internal static class PhoneLibrary
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Parses <paramref name="text"/>: international, or national in <paramref name="region"/> (null: it must
    /// carry its country code). Returns null and the number, or the rule a failed parse stands for.
    /// </summary>
    public static PhoneRule? Parse(string text, string? region, out PhoneNumber? number)
    {
        try
        {
            number = Util.Parse(text, region);
            return null;
        }
        catch (NumberParseException e)
        {
            number = null;
            return e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => PhoneRule.UnknownCountryCode,
                ErrorType.TOO_LONG => PhoneRule.TooLong,

                // NOT_A_NUMBER and the TOO_SHORT kinds, once the characters passed: too few digits to read.
                _ => PhoneRule.TooShort,
            };
        }
    }

    /// <summary>The verdict on a parsed number: valid (with its E.164 digits) or the length or validity rule it breaks.</summary>
    public static PhoneVerdict Judge(PhoneNumber number)
    {
        if (Util.IsValidNumber(number))
        {
            var e164 = Util.Format(number, PhoneNumberFormat.E164);
            return PhoneVerdict.Valid(long.Parse(e164.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return PhoneVerdict.Refused(Util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.TOO_SHORT => PhoneRule.TooShort,
            PhoneNumberUtil.ValidationResult.TOO_LONG => PhoneRule.TooLong,
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => PhoneRule.UnknownCountryCode,
            _ => PhoneRule.NotValidForRegion,
        });
    }

    /// <summary>The digits of a number, whatever their script, as ASCII ("+१ (914)" gives "1914").</summary>
    public static string AsciiDigits(string text) => PhoneNumberUtil.NormalizeDigitsOnly(text);
}
