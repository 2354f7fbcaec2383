namespace SubscriberSimulator.Core.Phones;

/// <summary>
/// Why a subscriber's phone number is refused. Every engine answers with <see cref="PhoneRuleWords"/> for
/// the rule; the SDK, written apart from the simulator, keeps the same rules and words (Contract.Tests).
/// </summary>
internal enum PhoneRule
{
    /// <summary>Nothing but white space.</summary>
    Empty,

    /// <summary>No digit in any script.</summary>
    NoDigits,

    /// <summary>A word before the first digit ("Tel: ...").</summary>
    TextAround,

    /// <summary>An extension that libphonenumber split off ("x12", "#12").</summary>
    Extension,

    /// <summary>A letter after the first digit (vanity numbers, trailing words).</summary>
    Letters,

    /// <summary>A character outside digits, separators and one leading plus.</summary>
    Symbols,

    /// <summary>Not '+', country code and digits only.</summary>
    NotE164,

    /// <summary>Not 10 digits, 11 starting with 1, or +1 and 10 digits.</summary>
    NotUsNumber,

    /// <summary>No country has this calling code.</summary>
    UnknownCountryCode,

    /// <summary>Shorter than its region's numbers.</summary>
    TooShort,

    /// <summary>Longer than its region's numbers.</summary>
    TooLong,

    /// <summary>Possible in length, but not a number the region issues.</summary>
    NotValidForRegion,
}
