using System.Globalization;
using SubscriberSdk.Phones;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// Essential is US-only: it accepts a NANP number as 10 digits, 11 digits starting with 1, or
/// +1 E.164, and answers with the 10-digit form. Reading and validation are the shared phone
/// library's (the same rules the SDK applies before sending); the number is kept as a long so a
/// million subscribers do not carry a million phone strings.
/// </summary>
internal static class UsPhoneNumber
{
    public static bool TryParse(string text, out long number) => TryParse(text, out number, out _);

    public static long Parse(string field, string text)
    {
        if (!TryParse(text, out var number, out var error))
        {
            throw RequestRefusedException.BadRequest(
                $"'{field}' must be a valid US phone number written as 10 digits, 11 digits starting with 1, or +1 followed by 10 digits ({PhoneNumbers.Describe(error)}).");
        }

        return number;
    }

    public static string ToTenDigits(long number) => number.ToString("D10", CultureInfo.InvariantCulture);

    public static string ToE164(long number) => "+1" + ToTenDigits(number);

    /// <summary>Last four digits only: logs and messages never carry a whole number.</summary>
    public static string Masked(long number) => "******" + (number % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out long number, out PhoneParseError error)
    {
        number = 0;
        if (!NanpNumbers.TryGetTenDigits(text, out var tenDigits, out error))
        {
            return false;
        }

        number = long.Parse(tenDigits!, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
