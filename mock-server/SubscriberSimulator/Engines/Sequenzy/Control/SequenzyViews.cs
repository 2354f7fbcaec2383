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
        };
    }

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
