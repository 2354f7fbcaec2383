namespace SubscriberSdk.Sequenzy;

/// <summary>
/// One event for one subscriber, named by <see cref="Email"/> and/or <see cref="ExternalId"/> (matched first). An unknown email
/// creates the subscriber; a live event runs its sync rule's tag changes and event-triggered sequences.
/// </summary>
public sealed class SequenzyEventRequest
{
    /// <summary>The event name, e.g. <c>saas.purchase</c> (required, up to 255 characters).</summary>
    public string? Event { get; init; }

    /// <summary>The subscriber's email.</summary>
    public string? Email { get; init; }

    /// <summary>Your id for the subscriber; an unknown one alone is a 404.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Event properties, available to sequence emails as <c>{{event.key}}</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    /// <summary>Attributes of a subscriber this call creates (ignored for an existing one).</summary>
    public IReadOnlyDictionary<string, object?>? CustomAttributes { get; init; }

    /// <summary>First name of a subscriber this call creates.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name of a subscriber this call creates.</summary>
    public string? LastName { get; init; }

    /// <summary>When it happened; more than an hour ago records history only. Default: now.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Your id for the event: a repeat with the same id, subscriber and name records nothing (safe to retry).</summary>
    public string? EventId { get; init; }
}
