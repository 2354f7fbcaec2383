namespace SubscriberSdk.Internal.Phones;

/// <summary>
/// The words for each <see cref="PhoneRule"/>, written to follow the field's name ("PhoneNumber has an
/// extension"). They never quote the number, which is personal data and ends up in logs. The simulator
/// answers with the same words for the same rule, so a message reads the same from either side.
/// </summary>
internal static class PhoneRuleText
{
    public static string Describe(PhoneRule rule) => rule switch
    {
        PhoneRule.Empty => "is empty",
        PhoneRule.NoDigits => "has no digits",
        PhoneRule.TextAround => "has text around the number",
        PhoneRule.Extension => "has an extension",
        PhoneRule.Letters => "contains letters",
        PhoneRule.Symbols => "contains a character that is not a digit, a leading +, a space, dash, dot, slash or bracket",
        PhoneRule.NotE164 => "must be in E.164 form: + and the country code, then digits only (for example +14155550123)",
        PhoneRule.NotUsNumber => "must be a US number: 10 digits, 11 digits starting with 1, or +1 and 10 digits",
        PhoneRule.UnknownCountryCode => "does not start with a known country code",
        PhoneRule.TooShort => "is too short for its region",
        PhoneRule.TooLong => "is too long for its region",
        PhoneRule.NotValidForRegion => "is not a valid number for its region",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No words for this phone rule."),
    };
}
