using System.Text.Json.Serialization;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// An event as recorded for one subscriber. <paramref name="Historical"/>: recorded as history
/// (no sync rules, no sequences). <paramref name="PropertiesJson"/>: the properties object as its
/// raw JSON text, or null when none were sent.
/// </summary>
internal sealed record SubscriberEvent(
    string Id,
    string SubscriberId,
    string Name,
    string? EventId,
    DateTimeOffset OccurredAt,
    bool Historical,
    string? PropertiesJson,
    DateTimeOffset RecordedAt)
{
    /// <summary>What makes a repeat a duplicate: the same eventId for the same subscriber and event name; null without an eventId.</summary>
    [JsonIgnore]
    public string? IdempotencyKey => EventId is null ? null : KeyOf(SubscriberId, Name, EventId);

    public static string KeyOf(string subscriberId, string name, string eventId) => string.Concat(subscriberId, "\n", name, "\n", eventId);
}
