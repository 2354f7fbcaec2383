using PhoneNumbers;

namespace SubscriberSdk.Internal.Phones;

/// <summary>
/// Reads a subscriber's number in one of the <see cref="PhoneForm"/>s. libphonenumber-csharp decides parsing,
/// validity, region and the E.164 form; this class adds only the project's strictness (<see cref="PhoneText"/>)
/// and the form a provider takes. Thread-safe.
/// </summary>
internal static class PhoneReader
{
    private static readonly PhoneNumberUtil Library = PhoneNumberUtil.GetInstance();

    /// <param name="text">The number as the caller wrote it.</param>
    /// <param name="form">The form the provider takes.</param>
    /// <param name="defaultRegion">The region national numbers are read in (libphonenumber's upper-case code); ignored by forms that carry the country.</param>
    public static PhoneReading Read(string text, PhoneForm form, string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (PhoneText.BeforeParsing(text) is { } broken)
        {
            return PhoneReading.Refused(broken);
        }

        PhoneNumber? number = null;
        PhoneRule? unreadable = null;
        try
        {
            number = Library.Parse(text, form == PhoneForm.NationalOrInternational ? defaultRegion : PhoneRegions.Default);
        }
        catch (NumberParseException e)
        {
            unreadable = RuleOf(e.ErrorType);
        }

        var refusal = PhoneText.AfterParsing(text, number?.HasExtension == true) ?? FormRule(text, form) ?? unreadable;
        if (refusal is { } rule)
        {
            return PhoneReading.Refused(rule);
        }

        // Parsed: a failed parse left a rule above.
        var parsed = number!;
        if (!Library.IsValidNumber(parsed))
        {
            return PhoneReading.Refused(InvalidRule(parsed));
        }

        // "011 683 4002" has ten digits but dials Niue: a US form must also be a +1 number.
        return form == PhoneForm.UsNumber && parsed.CountryCode != 1
            ? PhoneReading.Refused(PhoneRule.NotUsNumber)
            : PhoneReading.Accepted(Library.Format(parsed, PhoneNumberFormat.E164));
    }

    private static PhoneRule? FormRule(string text, PhoneForm form)
    {
        var trimmed = text.AsSpan().Trim();
        switch (form)
        {
            case PhoneForm.E164Only:
                var digitsOnly = trimmed.Length > 1 && PhoneText.IsPlus(trimmed[0]);
                foreach (var c in trimmed[1..])
                {
                    digitsOnly &= char.IsDigit(c);
                }

                return digitsOnly ? null : PhoneRule.NotE164;
            case PhoneForm.UsNumber:
                var digits = PhoneNumberUtil.NormalizeDigitsOnly(text);
                var usForm = PhoneText.HasPlusBeforeDigits(text)
                    ? digits.Length == 11 && digits[0] == '1'
                    : digits.Length == 10 || (digits.Length == 11 && digits[0] == '1');
                return usForm ? null : PhoneRule.NotUsNumber;
            default:
                return null;
        }
    }

    private static PhoneRule RuleOf(ErrorType error) => error switch
    {
        ErrorType.INVALID_COUNTRY_CODE => PhoneRule.UnknownCountryCode,
        ErrorType.TOO_LONG => PhoneRule.TooLong,

        // NOT_A_NUMBER once the characters have passed PhoneText: a digit or two, too few to read.
        _ => PhoneRule.TooShort,
    };

    private static PhoneRule InvalidRule(PhoneNumber number) => Library.IsPossibleNumberWithReason(number) switch
    {
        PhoneNumberUtil.ValidationResult.TOO_SHORT => PhoneRule.TooShort,
        PhoneNumberUtil.ValidationResult.TOO_LONG => PhoneRule.TooLong,
        PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => PhoneRule.UnknownCountryCode,
        _ => PhoneRule.NotValidForRegion,
    };
}
