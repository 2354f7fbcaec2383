namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>A tag definition, created the first time a tag name is used in a workspace.</summary>
internal sealed record TagDefinition(string Id, string Name, DateTimeOffset CreatedAt);
