namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>A list of a workspace.</summary>
internal sealed record SequenzyList(string Id, string Name, string? Description, bool IsPrivate, DateTimeOffset CreatedAt);
