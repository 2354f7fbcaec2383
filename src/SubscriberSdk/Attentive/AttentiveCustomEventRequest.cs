namespace SubscriberSdk.Attentive;

/// <summary>A custom event: something a user did, which can trigger Attentive journeys.</summary>
public sealed class AttentiveCustomEventRequest
{
    /// <summary>The event type, case-sensitive; none of <c>" ' ( ) { } [ ] \ | ,</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The user who did it.</summary>
    public AttentiveEventUser? User { get; init; }

    /// <summary>
    /// Metadata of any JSON type (strings, numbers, booleans, lists, nested dictionaries); keys without
    /// <c>" { } [ ] \ |</c>. <c>mediaUrl</c> names an image for an MMS. Lists and nested objects work
    /// in email journeys only.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    /// <summary>
    /// Your unique ID of the event; Attentive records an ID once. Left null, the client sends a new
    /// UUID, so a retried request can never record the event twice.
    /// </summary>
    public string? ExternalEventId { get; init; }

    /// <summary>When it happened (null: now). Older than 12 hours, it is recorded but triggers no journey.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
}
