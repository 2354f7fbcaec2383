using System.Globalization;
using SubscriberSdk.Phones;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Domain;

/// <summary>
/// Mobile Text Alerts' phone rules, kept in one place so the shared phone library can replace them.
/// A number is stored as its E.164 digits in a <see cref="long"/> (15 digits fit), which keeps a
/// million-subscriber account small and makes the phone index a long-keyed dictionary.
/// </summary>
/// <remarks>
/// Rules for the <c>number</c> field (documented examples: 8002223333 becomes +18002223333 and
/// 1112228904 becomes +1112228904): digits only (spaces, dashes, dots and brackets are ignored in a
/// string); 7 to 15 digits; a number that starts with 1 already carries the NANP country code; any
/// other 10-digit number gets +1; any other length is taken to start with its country code.
/// <c>e164Number</c> must be '+' followed by 7 to 15 digits, the first not 0, and a number that
/// libphonenumber's metadata (the shared phone library) knows. The national <c>number</c> field is
/// not checked against the metadata: the provider documents 1112228904 as accepted (+1112228904).
/// </remarks>
public static class MtaPhoneNumbers
{
    public const int MinDigits = 7;
    public const int MaxDigits = 15;

    /// <summary>The country id Mobile Text Alerts uses for the United States (+1).</summary>
    public const int UnitedStatesCountryId = 209;

    public static bool TryParseNumber(long value, out long e164Digits)
    {
        e164Digits = 0;
        if (value <= 0)
        {
            return false;
        }

        var digitCount = CountDigits(value);
        return TryFromNationalDigits(value, digitCount, out e164Digits);
    }

    public static bool TryParseNumber(ReadOnlySpan<char> text, out long e164Digits)
    {
        e164Digits = 0;
        text = text.Trim();
        if (text.Length > 0 && text[0] == '+')
        {
            return TryParseE164(text, out e164Digits);
        }

        long value = 0;
        var digitCount = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (++digitCount > MaxDigits)
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        // Leading zeros carry no information in a national number; they are not counted.
        return value > 0 && TryFromNationalDigits(value, CountDigits(value), out e164Digits);
    }

    public static bool TryParseE164(ReadOnlySpan<char> text, out long e164Digits)
    {
        e164Digits = 0;
        if (text.Length < MinDigits + 1 || text.Length > MaxDigits + 1 || text[0] != '+' || text[1] == '0')
        {
            return false;
        }

        long value = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        // The shape is right; the shared phone library (libphonenumber's metadata) then refuses a
        // number no country issues, as the provider's own number lookup does.
        if (!PhoneNumbers.TryParseE164Strict(text.ToString(), out _, out _))
        {
            return false;
        }

        e164Digits = value;
        return true;
    }

    public static string FormatE164(long e164Digits) => "+" + e164Digits.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value Mobile Text Alerts shows in <c>number</c>: the national part of a NANP number, else all digits.</summary>
    public static long NationalNumber(long e164Digits) =>
        IsNanp(e164Digits) && CountDigits(e164Digits) == 11 ? e164Digits - 10_000_000_000L : e164Digits;

    /// <summary>The country id, or 0 when the simulator does not know the country.</summary>
    public static int CountryId(long e164Digits) => IsNanp(e164Digits) ? UnitedStatesCountryId : 0;

    private static bool TryFromNationalDigits(long value, int digitCount, out long e164Digits)
    {
        e164Digits = 0;
        if (digitCount is < MinDigits or > MaxDigits)
        {
            return false;
        }

        e164Digits = digitCount == 10 && !StartsWithOne(value, digitCount) ? 10_000_000_000L + value : value;
        return true;
    }

    private static bool IsNanp(long e164Digits) => StartsWithOne(e164Digits, CountDigits(e164Digits));

    private static bool StartsWithOne(long value, int digitCount)
    {
        var divisor = 1L;
        for (var i = 1; i < digitCount; i++)
        {
            divisor *= 10;
        }

        return value / divisor == 1;
    }

    private static int CountDigits(long value)
    {
        var count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }
}
