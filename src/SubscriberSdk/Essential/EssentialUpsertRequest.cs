namespace SubscriberSdk.Essential;

/// <summary>Creates or updates a subscriber on a channel, keyed by phone number.</summary>
public sealed class EssentialUpsertRequest
{
    /// <summary>The subscriber's US phone number: 10 digits, 11 digits starting with 1, or +1 E.164. Required.</summary>
    public required string PhoneNumber { get; init; }

    /// <summary>The subscriber's email address.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>Your id for the subscriber.</summary>
    public string? ExternalUserId { get; init; }

    /// <summary>Text properties merged into the subscriber's (an empty dictionary clears them).</summary>
    public IReadOnlyDictionary<string, string>? Properties { get; init; }

    /// <summary>Tag SIDs added to the subscriber (an empty list clears them); at most 1000.</summary>
    public IReadOnlyList<string>? TagSids { get; init; }

    /// <summary>Clear properties and tags before applying the ones given.</summary>
    public bool Reset { get; init; }

    /// <summary>The welcome to send if the subscriber is new; null sends none.</summary>
    public EssentialWelcome? Welcome { get; init; }

    /// <summary>The status for a new subscriber; <c>unconfirmed</c> subscribers get no welcome.</summary>
    public EssentialSubscriberStatus? Status { get; init; }
}
