namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>A custom event recorded on a user.</summary>
/// <param name="PropertiesJson">The <c>properties</c> object as sent (raw JSON), or null.</param>
/// <param name="TriggersJourneys">False for an event that happened more than 12 hours before it was recorded.</param>
internal sealed record AttentiveCustomEvent(
    string UserId,
    string Type,
    string? ExternalEventId,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    bool TriggersJourneys,
    string? PropertiesJson);
