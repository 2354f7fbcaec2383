using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>An event as Sequenzy stored it.</summary>
public sealed class SequenzyRecordedEvent
{
    /// <summary>Event ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Event name, e.g. <c>saas.purchase</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>When the event happened.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>True: this call created the event's definition (first use of the name).</summary>
    public bool DefinitionCreated { get; init; }

    /// <summary>True: the <c>eventId</c> was already recorded for this subscriber and event name, so nothing was written.</summary>
    public bool Duplicate { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
