using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// How subscribers enter and leave sequences. The simulator runs no steps and sends no sequence
/// emails: an enrolment records where the subscriber entered (a delay step makes it wait) and stays
/// there until it is cancelled. Event and tag triggers start an open sequence once per subscriber
/// (Decision: Sequenzy's one-time entry; a manual enrolment ignores it); a pending double opt-in
/// waits at the trigger step until the confirmation click.
/// </summary>
internal static class SequenceRules
{
    /// <summary>
    /// Starts every open sequence that <paramref name="eventName"/> or one of <paramref name="addedTags"/>
    /// triggers, on the subscriber being changed (a clone the caller stages). Active subscribers enter
    /// at the first step, pending ones wait at the trigger; unsubscribed and bounced ones never enter.
    /// </summary>
    public static void StartTriggered(WorkspaceChanges changes, SequenzySubscriber subscriber, string? eventName, IReadOnlyCollection<string> addedTags)
    {
        var pending = subscriber.PendingOptIn is not null;
        if (subscriber.Status != SubscriberStatus.Active && !pending)
        {
            return;
        }

        foreach (var sequence in changes.Workspace.Sequences)
        {
            var triggered = (eventName is not null && sequence.TriggerEvent == eventName)
                || (sequence.TriggerTag is { } tag && addedTags.Contains(tag));
            if (!triggered || !sequence.IsOpen || Array.Exists(subscriber.Enrollments, run => run.SequenceId == sequence.Id))
            {
                continue;
            }

            var run = pending
                ? new SequenceEnrollment(changes.Ids.NextEnrollmentId(), sequence.Id, EnrollmentStatus.Waiting, sequence.Nodes[0].Id, changes.Now, null, changes.Now)
                : Start(changes, sequence, sequence.FirstStep);
            subscriber.Enrollments = [.. subscriber.Enrollments, run];
        }
    }

    /// <summary>The confirmation click: runs held at a trigger step move on to the first step.</summary>
    public static void ReleaseHeldAtTrigger(WorkspaceChanges changes, SequenzySubscriber subscriber)
    {
        var runs = subscriber.Enrollments;
        SequenceEnrollment[]? changed = null;
        for (var i = 0; i < runs.Length; i++)
        {
            if (runs[i].IsRunning && changes.Workspace.FindSequence(runs[i].SequenceId) is { } sequence && sequence.FindNode(runs[i].CurrentNodeId) is { IsTrigger: true })
            {
                changed ??= (SequenceEnrollment[])runs.Clone();
                changed[i] = MoveTo(runs[i], sequence.FirstStep, changes.Now);
            }
        }

        if (changed is not null)
        {
            subscriber.Enrollments = changed;
        }
    }

    /// <summary>Cancels every active or waiting run (the global unsubscribe); returns how many.</summary>
    public static int CancelRunning(SequenzySubscriber subscriber, DateTimeOffset now, string reason, string? sequenceId = null)
    {
        var runs = subscriber.Enrollments;
        SequenceEnrollment[]? changed = null;
        var cancelled = 0;
        for (var i = 0; i < runs.Length; i++)
        {
            if (runs[i].IsRunning && (sequenceId is null || runs[i].SequenceId == sequenceId))
            {
                changed ??= (SequenceEnrollment[])runs.Clone();
                changed[i] = runs[i] with { Status = EnrollmentStatus.Cancelled, WaitUntil = null, UpdatedAt = now, CancelReason = reason };
                cancelled++;
            }
        }

        if (changed is not null)
        {
            subscriber.Enrollments = changed;
        }

        return cancelled;
    }

    /// <summary>True when the subscriber has an active or waiting run of the sequence.</summary>
    public static bool IsRunningIn(SequenzySubscriber subscriber, string sequenceId) =>
        Array.Exists(subscriber.Enrollments, run => run.IsRunning && run.SequenceId == sequenceId);

    /// <summary>A new run entering at <paramref name="node"/>: waiting until the delay ends on a delay step, else active.</summary>
    public static SequenceEnrollment Start(WorkspaceChanges changes, SequenzySequence sequence, SequenceNode node) =>
        MoveTo(new SequenceEnrollment(changes.Ids.NextEnrollmentId(), sequence.Id, EnrollmentStatus.Active, node.Id, changes.Now, null, changes.Now), node, changes.Now);

    private static SequenceEnrollment MoveTo(SequenceEnrollment run, SequenceNode node, DateTimeOffset now) =>
        node is { Type: SequenceNode.DelayType, DelayMinutes: { } minutes }
            ? run with { Status = EnrollmentStatus.Waiting, CurrentNodeId = node.Id, WaitUntil = now.AddMinutes(minutes), UpdatedAt = now }
            : run with { Status = EnrollmentStatus.Active, CurrentNodeId = node.Id, WaitUntil = null, UpdatedAt = now };
}
