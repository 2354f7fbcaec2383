namespace SubscriberSdk.Phones;

/// <summary>How a national number's length compares with the lengths its country allows.</summary>
public enum PhoneNumberLengthResult
{
    /// <summary>The length is one the country uses.</summary>
    IsPossible,

    /// <summary>Shorter than any number of the country.</summary>
    TooShort,

    /// <summary>Longer than any number of the country.</summary>
    TooLong,

    /// <summary>Between the shortest and the longest, but not a length the country uses.</summary>
    InvalidLength,
}
