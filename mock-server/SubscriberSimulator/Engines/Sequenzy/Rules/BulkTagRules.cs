using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Tagging and untagging up to 500 existing subscribers at once. Never creates a subscriber;
/// unsubscribed and pending ones are tagged too (Decision). Adding a tag nobody defined yet creates
/// its definition, which needs <c>tags:write</c>; tag-triggered sequences start only with
/// <c>triggerAutomations</c> (needs <c>automations:trigger</c>), and only for a tag the subscriber did not have.
/// </summary>
internal static class BulkTagRules
{
    public static BulkTagOutcome Add(WorkspaceChanges changes, BulkTagCommand command)
    {
        if (command.TriggerAutomations)
        {
            ScopeRules.Require(changes, SequenzyScopes.AutomationsTrigger);
        }

        if (Array.Exists(command.Tags, tag => changes.FindTag(tag) is null))
        {
            ScopeRules.Require(changes, SequenzyScopes.TagsWrite);
        }

        var found = SubscriberRules.Identify(changes, command.Identifiers);
        changes.EnsureTags(command.Tags);
        var updated = 0;
        foreach (var existing in found.Matched)
        {
            var added = Array.FindAll(command.Tags, tag => !existing.HasTag(tag));
            if (added.Length == 0)
            {
                continue;
            }

            var subscriber = existing.Clone();
            subscriber.Tags = Memberships.Union(subscriber.Tags, added);
            subscriber.UpdatedAt = changes.Now;
            if (command.TriggerAutomations)
            {
                SequenceRules.StartTriggered(changes, subscriber, eventName: null, added);
            }

            changes.Put(subscriber);
            updated++;
        }

        return new BulkTagOutcome(command.Tags, command.Identifiers.Count, updated, found.Matched.Count - updated, found, command.TriggerAutomations);
    }

    public static BulkTagOutcome Remove(WorkspaceChanges changes, BulkTagCommand command)
    {
        var found = SubscriberRules.Identify(changes, command.Identifiers);
        var updated = 0;
        foreach (var existing in found.Matched)
        {
            var remaining = Memberships.Except(existing.Tags, command.Tags);
            if (ReferenceEquals(remaining, existing.Tags))
            {
                continue;
            }

            var subscriber = existing.Clone();
            subscriber.Tags = remaining;
            subscriber.UpdatedAt = changes.Now;
            changes.Put(subscriber);
            updated++;
        }

        return new BulkTagOutcome(command.Tags, command.Identifiers.Count, updated, found.Matched.Count - updated, found, TriggeredAutomations: null);
    }
}
