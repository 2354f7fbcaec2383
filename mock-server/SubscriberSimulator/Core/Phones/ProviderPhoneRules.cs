using System.Globalization;

namespace SubscriberSimulator.Core.Phones;

/// <summary>
/// What each provider accepts as a subscriber's phone number, in one place; the engines delegate here.
/// libphonenumber decides whether a number exists (<see cref="PhoneLibrary"/>); the rules below add the form
/// each provider documents and the strictness of a subscriber key (<see cref="SubscriberNumberText"/>).
/// Landlines and unreachable numbers are seed data of each engine: libphonenumber cannot tell a NANP
/// landline from a mobile.
/// </summary>
internal static class ProviderPhoneRules
{
    /// <summary>The region national numbers are read in when a request names none: all four providers are US services.</summary>
    public const string UnitedStates = "US";

    /// <summary>Essential is US-only: 10 digits, 11 digits starting with 1, or +1 and 10 digits.</summary>
    public static PhoneVerdict Essential(string text)
    {
        var verdict = Check(text, UnitedStates, static t => IsUsForm(t) ? null : PhoneRule.NotUsNumber);

        // Ten digits can dial abroad ("0116834002" reaches Niue): the number itself must be +1.
        return verdict.IsValid && verdict.E164Digits / 10_000_000_000L != 1 ? PhoneVerdict.Refused(PhoneRule.NotUsNumber) : verdict;
    }

    /// <summary>Attentive's <c>phone</c> (and Mobile Text Alerts' <c>e164Number</c>): E.164 and nothing else.</summary>
    /// <remarks>The US region only serves to find an extension in a number written without its plus, which is refused anyway.</remarks>
    public static PhoneVerdict E164(string text) => Check(text, UnitedStates, static t => IsE164Form(t) ? null : PhoneRule.NotE164);

    /// <summary>Sequenzy's <c>phone</c>: E.164, or national in <c>phoneCountry</c> (default US).</summary>
    public static PhoneVerdict Sequenzy(string text, string? country) => Check(text, country ?? UnitedStates, static _ => null);

    /// <summary>
    /// Mobile Text Alerts' <c>number</c> as a string: with a plus it is international; otherwise its digits
    /// count as in <see cref="MobileTextAlertsNumber(long)"/>. Separators are allowed, as in the provider's examples.
    /// </summary>
    public static PhoneVerdict MobileTextAlertsNumber(string text)
    {
        var characters = SubscriberNumberText.Scan(text);
        if (characters.RuleBeforeParsing is { } early)
        {
            return PhoneVerdict.Refused(early);
        }

        var unreadable = PhoneLibrary.Parse(text, UnitedStates, out var number);
        if (characters.RuleAfterParsing(number?.HasExtension == true) is { } strict)
        {
            return PhoneVerdict.Refused(strict);
        }

        if (!characters.HasPlus)
        {
            // 10 digits, or 11 starting with 1, read in the US as the parse above did; other lengths start with their country code.
            var digits = PhoneLibrary.AsciiDigits(text);
            if (!IsUsLength(digits))
            {
                return FromDigits(digits);
            }
        }

        return unreadable is { } rule ? PhoneVerdict.Refused(rule) : PhoneLibrary.Judge(number!);
    }

    /// <summary>
    /// Mobile Text Alerts' <c>number</c> as a JSON number. The provider documents 8002223333 as +18002223333 and
    /// takes 11 digits starting with 1 as carrying the country code; other lengths are read as starting with
    /// theirs (Inferred). libphonenumber then decides validity, so its documented 1112228904 is refused.
    /// </summary>
    public static PhoneVerdict MobileTextAlertsNumber(long value) =>
        value > 0 ? FromDigits(value.ToString(CultureInfo.InvariantCulture)) : PhoneVerdict.Refused(PhoneRule.NoDigits);

    private static PhoneVerdict FromDigits(string digits)
    {
        var rule = IsUsLength(digits)
            ? PhoneLibrary.Parse(digits, UnitedStates, out var number)
            : PhoneLibrary.Parse("+" + digits, null, out number);
        return rule is { } broken ? PhoneVerdict.Refused(broken) : PhoneLibrary.Judge(number!);
    }

    /// <summary>10 digits, or 11 starting with 1: what libphonenumber reads as a US number in the US (the 1 is the national prefix).</summary>
    private static bool IsUsLength(string asciiDigits) =>
        asciiDigits.Length == 10 || (asciiDigits.Length == 11 && asciiDigits[0] == '1');

    /// <summary>Strictness, then the provider's form, then what libphonenumber says.</summary>
    private static PhoneVerdict Check(string text, string? region, Func<string, PhoneRule?> form)
    {
        var characters = SubscriberNumberText.Scan(text);
        if (characters.RuleBeforeParsing is { } early)
        {
            return PhoneVerdict.Refused(early);
        }

        var unreadable = PhoneLibrary.Parse(text, region, out var number);
        var rule = characters.RuleAfterParsing(number?.HasExtension == true) ?? form(text) ?? unreadable;
        return rule is { } broken ? PhoneVerdict.Refused(broken) : PhoneLibrary.Judge(number!);
    }

    private static bool IsE164Form(string text)
    {
        var rest = text.AsSpan().Trim();
        if (rest.Length < 2 || rest[0] is not ('+' or '\uFF0B'))
        {
            return false;
        }

        foreach (var c in rest[1..])
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Essential's three forms as the API receives them: digits only (of any script), with a leading plus
    /// only before 1. Spaces and dashes are the caller's to drop, as Essential's examples never show them.
    /// </summary>
    private static bool IsUsForm(string text)
    {
        var withPlus = text.Length > 0 && text[0] is '+' or '\uFF0B';
        var digits = text.AsSpan(withPlus ? 1 : 0);
        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        var startsWithOne = digits.Length > 0 && char.GetNumericValue(digits[0]) == 1;
        return digits.Length switch
        {
            10 => !withPlus,
            11 => startsWithOne,
            _ => false,
        };
    }
}
