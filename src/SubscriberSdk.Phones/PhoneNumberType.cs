namespace SubscriberSdk.Phones;

/// <summary>The kind of line a number belongs to, as libphonenumber's metadata distinguishes them.</summary>
public enum PhoneNumberType
{
    /// <summary>A geographic landline.</summary>
    FixedLine = 0,

    /// <summary>A mobile number.</summary>
    Mobile = 1,

    /// <summary>A toll-free number (800 numbers and the like).</summary>
    TollFree = 2,

    /// <summary>A premium-rate number.</summary>
    PremiumRate = 3,

    /// <summary>A personal number routed to another line (UK 070, ...).</summary>
    PersonalNumber = 4,

    /// <summary>A number that reaches voicemail directly.</summary>
    Voicemail = 5,

    /// <summary>A "universal access number", a company number routed to one of its offices.</summary>
    Uan = 6,

    /// <summary>A pager number.</summary>
    Pager = 7,

    /// <summary>A voice-over-IP number.</summary>
    Voip = 8,

    /// <summary>A shared-cost number (caller and receiver share the charge).</summary>
    SharedCost = 9,

    /// <summary>
    /// A number the metadata cannot tell apart as fixed line or mobile, because the country uses the
    /// same ranges for both (the US and Canada, for example).
    /// </summary>
    FixedLineOrMobile = 10,

    /// <summary>The number does not match any type of its country: it is not valid.</summary>
    Unknown = 11,
}
