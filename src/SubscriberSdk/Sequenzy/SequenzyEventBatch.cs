namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Up to 500 events for one subscriber, recorded in order; a bad event fails the whole call and records nothing.
/// </summary>
public sealed class SequenzyEventBatch
{
    /// <summary>The subscriber's email.</summary>
    public string? Email { get; init; }

    /// <summary>Your id for the subscriber; matched before the email.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The events (1 to 500).</summary>
    public IReadOnlyList<SequenzyEventItem>? Events { get; init; }

    /// <summary>Attributes of a subscriber this call creates.</summary>
    public IReadOnlyDictionary<string, object?>? CustomAttributes { get; init; }

    /// <summary>First name of a subscriber this call creates.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name of a subscriber this call creates.</summary>
    public string? LastName { get; init; }
}
