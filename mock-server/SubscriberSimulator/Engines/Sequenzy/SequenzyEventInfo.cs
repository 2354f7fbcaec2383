namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>
/// A recorded event. <see cref="Historical"/>: recorded as history (no tag changes, no sequences).
/// <see cref="PropertiesJson"/>: the properties object as sent, or null.
/// </summary>
public sealed record SequenzyEventInfo(
    string Id,
    string SubscriberId,
    string Name,
    string? EventId,
    DateTimeOffset OccurredAt,
    bool Historical,
    string? PropertiesJson);
