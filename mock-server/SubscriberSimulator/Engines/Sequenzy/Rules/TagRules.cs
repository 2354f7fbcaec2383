using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Tagging one subscriber by email or externalId. An unknown email creates the subscriber (active,
/// or pending with a confirmation email when workspace double opt-in is on; the tag is applied at
/// once either way); an unknown externalId alone is 404 (Decision). A tag the subscriber did not have
/// starts the sequences it triggers.
/// </summary>
internal static class TagRules
{
    public static TagOutcome AddTags(WorkspaceChanges changes, TagTarget target, string[] tags)
    {
        var (subscriber, created, optIn) = SubscriberRules.FindOrCreate(changes, target, updateExisting: true);
        var definitions = new List<TagDefinition>(tags.Length);
        var definitionsCreated = new List<bool>(tags.Length);
        foreach (var tag in tags)
        {
            definitions.Add(changes.EnsureTag(tag, out var definitionCreated));
            definitionsCreated.Add(definitionCreated);
        }

        // A set, not HasTag per tag: that searched every held tag for each one sent.
        var held = new HashSet<string>(subscriber.Tags, StringComparer.Ordinal);
        var added = Array.FindAll(tags, tag => !held.Contains(tag));
        subscriber.Tags = Memberships.Union(subscriber.Tags, tags);
        subscriber.UpdatedAt = changes.Now;
        SequenceRules.StartTriggered(changes, subscriber, eventName: null, added);
        changes.Put(subscriber);
        return new TagOutcome(subscriber, created, optIn, tags, definitions, definitionsCreated);
    }

    /// <summary>Removes the tag; returns whether the subscriber had it. An unknown email creates the subscriber without it.</summary>
    public static TagOutcome RemoveTag(WorkspaceChanges changes, TagTarget target, string tag, out bool removed)
    {
        var (subscriber, created, optIn) = SubscriberRules.FindOrCreate(changes, target, updateExisting: true);
        removed = subscriber.HasTag(tag);
        if (removed)
        {
            var remaining = new List<string>(subscriber.Tags);
            remaining.Remove(tag);
            subscriber.Tags = remaining.ToArray();
            subscriber.UpdatedAt = changes.Now;
        }

        if (removed || created)
        {
            changes.Put(subscriber);
        }

        return new TagOutcome(subscriber, created, optIn, [tag], [], []);
    }
}
