namespace SubscriberSimulator.Core.Phones;

/// <summary>
/// What each engine says after the field name when a number breaks a rule ("phone has an extension").
/// The words never quote the number: messages reach logs and journals.
/// </summary>
internal static class PhoneRuleWords
{
    public static string For(PhoneRule rule) => rule switch
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
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "This phone rule has no words."),
    };

    /// <summary>"{field} {words}", the sentence the engines put in their error bodies (without a closing full stop).</summary>
    public static string About(string field, PhoneRule rule) => field + " " + For(rule);
}
