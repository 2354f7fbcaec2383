using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>The model's records as the public snapshots the C# API and the controls return.</summary>
internal static class SequenzyViews
{
    /// <summary>The workspace's configuration; the caller holds its lock.</summary>
    public static SequenzyWorkspaceInfo Workspace(SequenzyWorkspace workspace)
    {
        var lists = new List<SequenzyListInfo>(workspace.Lists.Count);
        foreach (var list in workspace.Lists)
        {
            lists.Add(List(list));
        }

        var keys = new List<SequenzyApiKeyInfo>(workspace.Credentials.Count);
        foreach (var key in workspace.Credentials)
        {
            keys.Add(new SequenzyApiKeyInfo(key, workspace.ScopesOf(key)));
        }

        return new SequenzyWorkspaceInfo(
            workspace.Id, keys[0].Key, keys, workspace.DoubleOptIn, workspace.SendFailure, workspace.DefaultListIds, lists, workspace.ById.Count);
    }

    public static SequenzyListInfo List(SequenzyList list) => new(list.Id, list.Name, list.Description, list.IsPrivate);

    /// <summary>Every subscriber of the workspace, oldest first; the caller holds its lock.</summary>
    public static IReadOnlyList<SequenzySubscriberInfo> Subscribers(SequenzyWorkspace workspace)
    {
        var subscribers = new List<SequenzySubscriber>(workspace.ById.Values);
        subscribers.Sort((left, right) => left.Sequence.CompareTo(right.Sequence));
        return subscribers.ConvertAll(Subscriber);
    }

    public static SequenzySubscriberInfo Subscriber(SequenzySubscriber subscriber)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in subscriber.Attributes)
        {
            attributes[attribute.Key] = attribute.RawJson;
        }

        var lists = new List<string>();
        foreach (var membership in subscriber.Lists)
        {
            if (membership.IsCurrent)
            {
                lists.Add(membership.ListId);
            }
        }

        var pending = subscriber.PendingOptIn;
        return new SequenzySubscriberInfo
        {
            Id = subscriber.Id,
            Email = subscriber.Email,
            ExternalId = subscriber.ExternalId,
            FirstName = subscriber.FirstName,
            LastName = subscriber.LastName,
            Status = WireNames.Of(subscriber.Status),
            Tags = subscriber.Tags,
            CustomAttributes = attributes,
            ListIds = lists,
            Phone = subscriber.Phone,
            SmsStatus = WireNames.Of(subscriber.SmsStatus),
            Timezone = subscriber.Timezone,
            UnsubscribedAt = subscriber.UnsubscribedAt,
            CreatedAt = subscriber.CreatedAt,
            UpdatedAt = subscriber.UpdatedAt,
            PendingConfirmation = pending is not null,
            ConfirmationToken = pending?.Token,
            HeldTags = pending?.HeldTags ?? [],
            HeldListIds = pending?.HeldListIds ?? [],
            Enrollments = Array.ConvertAll(subscriber.Enrollments, Enrollment),
        };
    }

    public static SequenzyEnrollmentInfo Enrollment(SequenceEnrollment run) =>
        new(run.Id, run.SequenceId, WireNames.Of(run.Status), run.CurrentNodeId, run.StartedAt, run.WaitUntil, run.CancelReason);

    public static SequenzySequenceInfo Sequence(SequenzySequence sequence) => new(
        sequence.Id,
        sequence.Name,
        sequence.Enabled,
        sequence.EnrollmentPaused,
        sequence.TriggerEvent,
        sequence.TriggerTag,
        sequence.StopTags,
        Array.ConvertAll(sequence.Nodes, node => new SequenzySequenceStepInfo(node.Id, node.Type, node.Label, node.DelayMinutes)));

    public static SequenzyTagInfo Tag(TagDefinition tag) => new(tag.Id, tag.Name, tag.Color, tag.IsSystem);

    public static SequenzyNoteInfo Note(SubscriberNote note) => new(note.Id, note.SubscriberId, note.Body, note.CreatedAt);

    public static SequenzyEventInfo Event(SubscriberEvent recorded) =>
        new(recorded.Id, recorded.SubscriberId, recorded.Name, recorded.EventId, recorded.OccurredAt, recorded.Historical, recorded.PropertiesJson);

    /// <summary>The workspace's sequences, tag definitions (by name), notes and events (in recording order); the caller holds its lock.</summary>
    public static IReadOnlyList<SequenzySequenceInfo> Sequences(SequenzyWorkspace workspace) => workspace.Sequences.ConvertAll(Sequence);

    public static IReadOnlyList<SequenzyTagInfo> Tags(SequenzyWorkspace workspace) => TagDefinitionRules.List(workspace).ConvertAll(Tag);

    public static IReadOnlyList<SequenzyNoteInfo> Notes(SequenzyWorkspace workspace) => [.. workspace.Notes.Values.OrderBy(note => note.Id, StringComparer.Ordinal).Select(Note)];

    public static IReadOnlyList<SequenzyEventInfo> Events(SequenzyWorkspace workspace) => workspace.Events.ConvertAll(Event);

    public static SequenzyImportInfo Import(SubscriberImport import)
    {
        var rows = new List<SequenzyImportRowInfo>(import.Rows.Length);
        foreach (var row in import.Rows)
        {
            rows.Add(new SequenzyImportRowInfo(row.Row, row.Outcome, row.Reason, row.SubscriberId));
        }

        return new SequenzyImportInfo(
            import.Id,
            import.IdempotencyKey,
            import.TotalRows,
            import.AddedCount,
            import.UpdatedCount,
            import.SkippedCount,
            import.FailedCount,
            import.DuplicateRows,
            new Dictionary<string, int>(import.SkippedReasons, StringComparer.Ordinal),
            new Dictionary<string, int>(import.FailedReasons, StringComparer.Ordinal),
            rows);
    }
}
