namespace SubscriberSdk.Sequenzy;

/// <summary>
/// One event of <see cref="SequenzyEventBatch"/>.
/// </summary>
public sealed class SequenzyEventItem
{
    /// <summary>The event name (required, up to 255 characters).</summary>
    public string? Name { get; init; }

    /// <summary>Event properties.</summary>
    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    /// <summary>When it happened. Default: now.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Your id for the event: a repeat records nothing.</summary>
    public string? EventId { get; init; }
}
