using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Adding emails to a list: each email (trimmed, lowercased; blanks and repeats ignored) is created
/// or updated with the create semantics and joins the list, or waits for its double opt-in
/// confirmation; a malformed email is a failed entry, not a failed request. Removing takes existing
/// subscribers off the list (the membership stays as history; one held for a pending double opt-in
/// is dropped). 404 for an unknown list.
/// </summary>
internal static class ListRules
{
    private const string ListNotFound = "List not found";

    /// <summary>Ends the list membership of the named subscribers; returns how many memberships ended and what matched nobody.</summary>
    public static (int Removed, IReadOnlyList<string> NotFound) RemoveSubscribers(WorkspaceChanges changes, string listId, SubscriberIdentifiers identifiers)
    {
        var list = changes.Workspace.FindList(listId) ?? throw RequestRefusedException.NotFound(ListNotFound);
        var found = SubscriberRules.Identify(changes, identifiers);
        var removed = 0;
        foreach (var existing in found.Matched)
        {
            var subscriber = existing.Clone();
            var left = Memberships.Leave(subscriber, list.Id, changes.Now);
            var pending = subscriber.PendingOptIn;
            var heldDropped = pending is not null && Array.IndexOf(pending.HeldListIds, list.Id) >= 0;
            if (heldDropped)
            {
                subscriber.PendingOptIn = pending! with { HeldListIds = Memberships.Except(pending.HeldListIds, [list.Id]) };
            }

            if (left || heldDropped)
            {
                subscriber.UpdatedAt = changes.Now;
                changes.Put(subscriber);
            }

            removed += left ? 1 : 0;
        }

        return (removed, [.. found.NotFoundEmails, .. found.NotFoundSubscriberIds]);
    }

    public static ListAddOutcome AddEmails(WorkspaceChanges changes, string listId, ListAddCommand command)
    {
        var list = changes.Workspace.FindList(listId) ?? throw RequestRefusedException.NotFound(ListNotFound);
        ScopeRules.RequireForEnrollment(changes, command.EnrollInSequences);
        var template = new UpsertCommand
        {
            DuplicateStrategy = command.DuplicateStrategy,
            OptInMode = command.OptInMode,
            ListIds = [list.Id],
        };
        var results = new List<ListAddResult>(command.Emails.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int blanks = 0, duplicates = 0;
        foreach (var raw in command.Emails)
        {
            var text = raw.Trim().ToLowerInvariant();
            if (text.Length == 0)
            {
                blanks++;
            }
            else if (!seen.Add(text))
            {
                duplicates++;
            }
            else if (EmailAddress.TryNormalize(text) is not { } email)
            {
                results.Add(ListAddResult.Failed(text, "invalid email address"));
            }
            else if (UpsertRules.WouldExceedSubscriberCap(changes, email, template.ExternalId))
            {
                results.Add(ListAddResult.Failed(email, changes.Work.SubscriberCapMessage));
            }
            else
            {
                var outcome = UpsertRules.Upsert(changes, template with { Email = email });
                results.Add(new ListAddResult(email, true, outcome.Created, outcome.Updated, outcome.Skipped, Array.IndexOf(outcome.JoinedListIds, list.Id) >= 0, null));
            }
        }

        return new ListAddOutcome(list.Id, command.Emails.Length, blanks, duplicates, results);
    }
}
