namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A tag definition of a workspace.</summary>
public sealed record SequenzyTagInfo(string Id, string Name, string Color, bool IsSystem);
