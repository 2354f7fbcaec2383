namespace SubscriberSdk.Sequenzy;

/// <summary>
/// One event of an import; it names its own subscriber and must carry an <see cref="EventId"/>.
/// </summary>
public sealed class SequenzyImportEvent
{
    /// <summary>Your id for the event (required): a repeated import records nothing twice.</summary>
    public string? EventId { get; init; }

    /// <summary>The event name (required).</summary>
    public string? Name { get; init; }

    /// <summary>The subscriber's email.</summary>
    public string? Email { get; init; }

    /// <summary>Your id for the subscriber; matched before the email.</summary>
    public string? ExternalId { get; init; }

    /// <summary>When it happened. Default: now.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Event properties.</summary>
    public IReadOnlyDictionary<string, object?>? Properties { get; init; }
}
