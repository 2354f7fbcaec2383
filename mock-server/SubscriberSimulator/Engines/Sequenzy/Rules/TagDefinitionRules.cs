using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Tag definitions: listed by name, created (409 when the normalised name exists, Decision),
/// recoloured, and deleted with the tag taken off every subscriber (held tags of a pending double
/// opt-in too). System tags cannot change (400); a tag a sequence references cannot go (409).
/// </summary>
internal static class TagDefinitionRules
{
    public const string NotFoundMessage = "Tag not found";

    /// <summary>Every definition, by name (ordinal); the caller holds the workspace's lock.</summary>
    public static List<TagDefinition> List(SequenzyWorkspace workspace)
    {
        var tags = new List<TagDefinition>(workspace.Tags.Values);
        tags.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
        return tags;
    }

    public static TagDefinition Create(WorkspaceChanges changes, string name, string? color, bool isSystem = false)
    {
        if (changes.FindTag(name) is not null)
        {
            throw RequestRefusedException.Conflict("Tag already exists");
        }

        var definition = new TagDefinition(changes.Ids.NextTagId(), name, changes.Now, color ?? TagColors.Default, isSystem);
        changes.PutTag(definition);
        return definition;
    }

    public static TagDefinition Recolor(WorkspaceChanges changes, string tagId, string color)
    {
        var definition = Find(changes, tagId);
        if (definition.IsSystem)
        {
            throw RequestRefusedException.BadRequest("System tags cannot be updated");
        }

        var recolored = definition with { Color = color };
        changes.PutTag(recolored);
        return recolored;
    }

    public static void Delete(WorkspaceChanges changes, string tagId)
    {
        var definition = Find(changes, tagId);
        if (definition.IsSystem)
        {
            throw RequestRefusedException.BadRequest("System tags cannot be deleted");
        }

        if (changes.Workspace.Sequences.Exists(sequence => sequence.References(definition.Name)))
        {
            throw RequestRefusedException.Conflict("Tag is used by a sequence");
        }

        changes.DeleteTag(definition);
        string[] removed = [definition.Name];
        foreach (var stored in changes.Workspace.ById.Values)
        {
            var pending = stored.PendingOptIn;
            if (!stored.HasTag(definition.Name) && (pending is null || Array.IndexOf(pending.HeldTags, definition.Name) < 0))
            {
                continue;
            }

            var subscriber = stored.Clone();
            subscriber.Tags = Memberships.Except(subscriber.Tags, removed);
            subscriber.PendingOptIn = pending is null ? null : pending with { HeldTags = Memberships.Except(pending.HeldTags, removed) };
            subscriber.UpdatedAt = changes.Now;
            changes.Put(subscriber);
        }
    }

    private static TagDefinition Find(WorkspaceChanges changes, string tagId) =>
        changes.FindTagById(tagId) ?? throw RequestRefusedException.NotFound(NotFoundMessage);
}
