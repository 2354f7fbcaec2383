namespace SubscriberSdk.Internal.Phones;

/// <summary>
/// The rules a subscriber's phone number can break, each with its own words in <see cref="PhoneRuleText"/>.
/// The simulator keeps the same rules under the same names (checked by Contract.Tests).
/// </summary>
internal enum PhoneRule
{
    /// <summary>Null, empty or only white space.</summary>
    Empty,

    /// <summary>Not a single digit of any script.</summary>
    NoDigits,

    /// <summary>Words before the number, such as "Tel: +1 ...".</summary>
    TextAround,

    /// <summary>An extension after the number ("x12", "ext. 12", "#12", ",12"): a subscriber is a mobile, not a desk.</summary>
    Extension,

    /// <summary>Letters in or after the number: a vanity number ("1-800-FLOWERS") or a word.</summary>
    Letters,

    /// <summary>A character that is no digit, separator or leading plus ("*", "_", "~", a second "+").</summary>
    Symbols,

    /// <summary>Not in E.164 form: a plus, the country code and the number, digits only.</summary>
    NotE164,

    /// <summary>Not one of the three US forms Essential takes.</summary>
    NotUsNumber,

    /// <summary>The digits after the plus (or the region) name no country.</summary>
    UnknownCountryCode,

    /// <summary>Fewer digits than any number of its region has.</summary>
    TooShort,

    /// <summary>More digits than any number of its region has.</summary>
    TooLong,

    /// <summary>A length its region uses, but no number its region issues.</summary>
    NotValidForRegion,
}
