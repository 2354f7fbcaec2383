namespace SubscriberSdk.Phones.Internal;

/// <summary>
/// Messages for <see cref="PhoneParseError"/>. They say what is wrong and never quote the input,
/// which may be someone's phone number and ends up in logs.
/// </summary>
internal static class ParseErrorMessages
{
    public static string Describe(PhoneParseError error) => error switch
    {
        PhoneParseError.None => "The phone number is valid.",
        PhoneParseError.Empty => "The phone number is empty.",
        PhoneParseError.NotANumber =>
            "The text is not a phone number: it must contain digits, optionally a leading '+', spaces, dashes, dots, slashes or brackets, and nothing else (no letters or extensions).",
        PhoneParseError.InvalidCountryCode => "The phone number does not start with a known country calling code.",
        PhoneParseError.MissingCountryCode =>
            "The phone number has no country code: write it in international form (+ and country code) or give a default region.",
        PhoneParseError.UnknownRegion => "The default region is not a known ISO 3166 region code (such as \"US\" or \"GB\").",
        PhoneParseError.TooShort => "The phone number is too short for its country.",
        PhoneParseError.TooLong => "The phone number is too long for its country.",
        PhoneParseError.InvalidLength => "The phone number has a number of digits its country does not use.",
        PhoneParseError.InvalidNumber => "The phone number does not exist in its country's numbering plan.",
        PhoneParseError.NotE164 =>
            "The phone number is not in E.164 form: '+', country code and number, at most 15 digits, without spaces or other characters (for example +14155550123).",
        _ => $"The phone number was rejected ({error}).",
    };
}
