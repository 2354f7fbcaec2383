namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A list of a workspace.</summary>
public sealed record SequenzyListInfo(string Id, string Name, string? Description, bool IsPrivate);
