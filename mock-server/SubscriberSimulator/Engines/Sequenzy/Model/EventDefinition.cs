namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>An event name the workspace has seen; created on its first use.</summary>
internal sealed record EventDefinition(string Name, DateTimeOffset CreatedAt);
