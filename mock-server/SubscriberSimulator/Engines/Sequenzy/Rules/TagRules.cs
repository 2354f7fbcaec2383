using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Tagging one subscriber by email or externalId. An unknown email creates the subscriber (active,
/// or pending with a confirmation email when workspace double opt-in is on; the tag is applied at
/// once either way); an unknown externalId alone is 404 (Decision).
/// </summary>
internal static class TagRules
{
    public static TagOutcome AddTags(WorkspaceChanges changes, TagTarget target, string[] tags)
    {
        var (subscriber, created, queued) = Resolve(changes, target);
        var definitions = new List<TagDefinition>(tags.Length);
        var definitionsCreated = new List<bool>(tags.Length);
        foreach (var tag in tags)
        {
            definitions.Add(changes.EnsureTag(tag, out var definitionCreated));
            definitionsCreated.Add(definitionCreated);
        }

        subscriber.Tags = Memberships.Union(subscriber.Tags, tags);
        subscriber.UpdatedAt = changes.Now;
        changes.Put(subscriber);
        return new TagOutcome(subscriber, created, queued, tags, definitions, definitionsCreated);
    }

    /// <summary>Removes the tag; returns whether the subscriber had it. An unknown email creates the subscriber without it.</summary>
    public static TagOutcome RemoveTag(WorkspaceChanges changes, TagTarget target, string tag, out bool removed)
    {
        var (subscriber, created, queued) = Resolve(changes, target);
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

        return new TagOutcome(subscriber, created, queued, [tag], [], []);
    }

    /// <summary>A clone of the existing subscriber, or a new staged one; never a committed instance.</summary>
    private static (SequenzySubscriber Subscriber, bool Created, bool Queued) Resolve(WorkspaceChanges changes, TagTarget target)
    {
        if (target.Email is null && target.ExternalId is null)
        {
            throw RequestRefusedException.BadRequest("email or externalId is required");
        }

        var existing = UpsertRules.FindExisting(changes, target.Email, target.ExternalId);
        if (existing is not null)
        {
            var clone = existing.Clone();
            if (target.Attributes is not null)
            {
                clone.Attributes = CustomAttributes.SetKeys(clone.Attributes, target.Attributes);
                clone.UpdatedAt = changes.Now;
            }

            return (clone, false, false);
        }

        if (target.Email is null)
        {
            throw RequestRefusedException.NotFound(SubscriberRules.NotFoundMessage);
        }

        var outcome = UpsertRules.Create(changes, new UpsertCommand
        {
            Email = target.Email,
            ExternalId = target.ExternalId,
            FirstName = target.FirstName,
            LastName = target.LastName,
            Attributes = target.Attributes,
        });
        return (outcome.Subscriber, true, outcome.ConfirmationQueued);
    }
}
