namespace SubscriberSimulator.Engines.Sequenzy.Domain;

/// <summary>A list of a workspace.</summary>
internal sealed record SequenzyList(string Id, string Name, string? Description, bool IsPrivate, DateTimeOffset CreatedAt);
