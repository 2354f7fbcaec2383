using SubscriberSdk.Phones;

namespace SubscriberSdk.Internal;

/// <summary>Every phone-number check of the facades, in one place, over SubscriberSdk.Phones.</summary>
internal static class PhoneRules
{
    /// <summary>Requires a valid number in strict E.164 (<c>+</c> and digits), as Attentive, Sequenzy and Mobile Text Alerts expect.</summary>
    public static string? E164(string? value, string paramName)
    {
        if (value is null)
        {
            return null;
        }

        if (!PhoneNumbers.TryParseE164Strict(value.Trim(), out var number, out var error) || !number.IsValid)
        {
            var reason = error == default ? "it is not a valid number" : PhoneNumbers.Describe(error);
            throw new InvalidSubscriberArgumentException(
                $"{paramName} must be a valid phone number in E.164 form such as +14155550123 ({reason}).", paramName);
        }

        return number.E164;
    }

    /// <summary>Essential takes US numbers as 10 digits, 11 digits starting with 1, or +1 E.164; anything else cannot succeed.</summary>
    public static string? Nanp(string? value, string paramName)
    {
        if (value is null)
        {
            return null;
        }

        // People write US numbers with separators; Essential wants the bare forms, so drop them first.
        var compact = new string(value.Where(c => c is not (' ' or '-' or '.' or '(' or ')')).ToArray());
        if (!NanpNumbers.TryGetTenDigits(compact, out var tenDigits, out var error) || tenDigits is null)
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName} must be a US number: 10 digits, 11 digits starting with 1, or +1 followed by 10 digits ({PhoneNumbers.Describe(error)}).", paramName);
        }

        return "+1" + tenDigits;
    }
}
