namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>An internal note on a subscriber; notes never change once added (the API only adds and deletes them).</summary>
internal sealed record SubscriberNote(string Id, string SubscriberId, string Body, DateTimeOffset CreatedAt);
