namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// A tag definition: created the first time a tag name is used in a workspace, or by POST /tags.
/// System tags are Sequenzy's own (seeded by a control): their colour cannot change and they cannot be deleted.
/// </summary>
internal sealed record TagDefinition(string Id, string Name, DateTimeOffset CreatedAt, string Color = TagColors.Default, bool IsSystem = false);
