namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>An internal note on a subscriber.</summary>
public sealed record SequenzyNoteInfo(string Id, string SubscriberId, string Body, DateTimeOffset CreatedAt);
