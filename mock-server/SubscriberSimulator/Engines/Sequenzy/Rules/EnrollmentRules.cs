using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// A sequence's enrolments through the API: enrolling by hand (active subscribers only, not twice
/// at once, at the first step after the trigger or a chosen one; the sequence must be open), listing
/// them with filters, and cancelling the running ones of some subscribers. 404 for an unknown sequence.
/// </summary>
internal static class EnrollmentRules
{
    public static SequenzySequence Find(SequenzyWorkspace workspace, string sequenceId) =>
        workspace.FindSequence(sequenceId) ?? throw RequestRefusedException.NotFound("Sequence not found");

    public static EnrollOutcome Enroll(WorkspaceChanges changes, string sequenceId, EnrollCommand command)
    {
        var sequence = Find(changes.Workspace, sequenceId);
        if (!sequence.IsOpen)
        {
            throw RequestRefusedException.BadRequest("Sequence is not accepting new enrollments");
        }

        var target = sequence.FirstStep;
        if (command.TargetNodeId is { } nodeId)
        {
            target = sequence.FindNode(nodeId) ?? throw RequestRefusedException.BadRequest("targetNodeId is not a step of this sequence");
            if (target.IsTrigger)
            {
                throw RequestRefusedException.BadRequest("targetNodeId cannot be a trigger node");
            }
        }

        var found = SubscriberRules.Identify(changes, command.Identifiers);
        int enrolled = 0, skipped = 0;
        foreach (var existing in found.Matched)
        {
            if (existing.Status != SubscriberStatus.Active || existing.PendingOptIn is not null || SequenceRules.IsRunningIn(existing, sequence.Id))
            {
                skipped++;
                continue;
            }

            var subscriber = existing.Clone();
            var run = SequenceRules.Start(changes, sequence, target);
            subscriber.Enrollments = [.. subscriber.Enrollments, run];
            changes.Put(subscriber);
            enrolled++;
        }

        // A subscriber named twice is counted once (Identify matches each subscriber once).
        var scheduledFor = target is { Type: SequenceNode.DelayType, DelayMinutes: { } minutes } ? changes.Now.AddMinutes(minutes) : (DateTimeOffset?)null;
        return new EnrollOutcome(enrolled, skipped, [.. found.NotFoundEmails, .. found.NotFoundSubscriberIds], target.Id, scheduledFor);
    }

    /// <summary>The sequence's enrolments that match the query, ordered, before paging; the caller holds the workspace's lock.</summary>
    public static List<EnrolledRun> List(SequenzyWorkspace workspace, SequenzySequence sequence, EnrollmentQuery query)
    {
        var runs = new List<EnrolledRun>();
        foreach (var subscriber in workspace.ById.Values)
        {
            if ((query.SubscriberIds is { } ids && Array.IndexOf(ids, subscriber.Id) < 0)
                || (query.Email is { } email && !string.Equals(subscriber.Email, email, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var run in subscriber.Enrollments)
            {
                if (run.SequenceId == sequence.Id
                    && Array.IndexOf(query.Statuses, run.Status) >= 0
                    && (query.NodeIds is not { } nodes || Array.IndexOf(nodes, run.CurrentNodeId) >= 0))
                {
                    runs.Add(new EnrolledRun(run, subscriber));
                }
            }
        }

        Comparison<EnrolledRun> byStart = (left, right) => Compare(left.Run.StartedAt, right.Run.StartedAt, left.Run.Id, right.Run.Id);
        Comparison<EnrolledRun> byWait = (left, right) =>
            Compare(left.Run.WaitUntil ?? DateTimeOffset.MaxValue, right.Run.WaitUntil ?? DateTimeOffset.MaxValue, left.Run.Id, right.Run.Id);
        runs.Sort(query.Sort switch
        {
            "enrolled_at_asc" => byStart,
            "wait_until_asc" => byWait,
            "wait_until_desc" => (left, right) => byWait(right, left),
            _ => (left, right) => byStart(right, left),
        });
        return runs;
    }

    public static CancelOutcome Cancel(WorkspaceChanges changes, string sequenceId, CancelCommand command)
    {
        var sequence = Find(changes.Workspace, sequenceId);
        var matched = new List<EnrolledRun>();
        var notFound = new List<string>();
        var cancelled = 0;
        foreach (var id in command.SubscriberIds.Distinct(StringComparer.Ordinal))
        {
            if (changes.FindById(id) is not { } existing)
            {
                notFound.Add(id);
                continue;
            }

            var subscriber = existing;
            if (!command.DryRun && SequenceRules.IsRunningIn(existing, sequence.Id))
            {
                subscriber = existing.Clone();
                cancelled += SequenceRules.CancelRunning(subscriber, changes.Now, command.Reason ?? "Cancelled through the API", sequence.Id);
                subscriber.UpdatedAt = changes.Now;
                changes.Put(subscriber);
            }

            foreach (var run in existing.Enrollments)
            {
                if (run.IsRunning && run.SequenceId == sequence.Id)
                {
                    matched.Add(new EnrolledRun(Array.Find(subscriber.Enrollments, after => after.Id == run.Id)!, subscriber));
                }
            }
        }

        return new CancelOutcome(command.Many, command.DryRun, matched, cancelled, notFound);
    }

    private static int Compare(DateTimeOffset left, DateTimeOffset right, string leftId, string rightId)
    {
        var order = left.CompareTo(right);
        return order != 0 ? order : string.CompareOrdinal(leftId, rightId);
    }
}
