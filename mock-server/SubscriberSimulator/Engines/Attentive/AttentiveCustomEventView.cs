namespace SubscriberSimulator.Engines.Attentive;

/// <summary>A recorded custom event, as the C# API shows it.</summary>
/// <param name="PropertiesJson">The <c>properties</c> object as sent, or null.</param>
/// <param name="TriggersJourneys">False when the event happened more than 12 hours before it was recorded.</param>
public sealed record AttentiveCustomEventView(string Type, string? ExternalEventId, DateTimeOffset OccurredAt, bool TriggersJourneys, string? PropertiesJson);
