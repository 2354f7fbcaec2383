namespace SubscriberSdk.Phones;

/// <summary>Why a text is not (or not a valid) phone number.</summary>
public enum PhoneParseError
{
    /// <summary>No error: the text was parsed.</summary>
    None = 0,

    /// <summary>The text is null, empty or only white space.</summary>
    Empty,

    /// <summary>The text is not a phone number: letters, other symbols, or no digits at all.</summary>
    NotANumber,

    /// <summary>The digits after '+' (or after an international dialling prefix) start no known country code.</summary>
    InvalidCountryCode,

    /// <summary>The number is in national format and no default region was given to say which country it is from.</summary>
    MissingCountryCode,

    /// <summary>The default region is not a region the metadata knows (expects ISO 3166 codes such as "US", "GB").</summary>
    UnknownRegion,

    /// <summary>Too few digits to be a number of its country.</summary>
    TooShort,

    /// <summary>Too many digits to be a number of its country (or any country).</summary>
    TooLong,

    /// <summary>The number of digits lies between the country's shortest and longest but is not one the country uses.</summary>
    InvalidLength,

    /// <summary>The digits do not form a number that exists in the country's numbering plan.</summary>
    InvalidNumber,

    /// <summary>
    /// The text is not in the strict E.164 form: '+', the country code and the national number,
    /// at most 15 digits, nothing else (no spaces, dashes or brackets).
    /// </summary>
    NotE164,
}
