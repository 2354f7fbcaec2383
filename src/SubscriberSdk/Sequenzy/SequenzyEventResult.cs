using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>What triggering one or several events for a subscriber did.</summary>
public sealed class SequenzyEventResult
{
    /// <summary>The subscriber with its tags after the events' sync rules.</summary>
    public SequenzyTaggedSubscriber? Subscriber { get; init; }

    /// <summary>The event, for a single live event.</summary>
    public SequenzyRecordedEvent? Event { get; init; }

    /// <summary>The recorded events, for several events or history.</summary>
    public IReadOnlyList<SequenzyRecordedEvent> Events { get; init; } = [];

    /// <summary>True: recorded as history (every event more than an hour old): no sync rules, no sequences.</summary>
    public bool Historical { get; init; }

    /// <summary>How many events were written, for history and batches.</summary>
    public int? Inserted { get; init; }

    /// <summary>How many events were already recorded (same <c>eventId</c>), for history and batches.</summary>
    public int? Duplicates { get; init; }

    /// <summary>True: a single live event was already recorded under its <c>eventId</c>.</summary>
    public bool Duplicate { get; init; }

    /// <summary>Present when the call created a pending subscriber under workspace double opt-in.</summary>
    public SequenzyOptInState? OptIn { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
