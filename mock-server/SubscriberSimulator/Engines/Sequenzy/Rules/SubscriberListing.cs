using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Filters and pages a workspace's subscribers, newest first (createdAt descending, creation order as tie-break).</summary>
internal static class SubscriberListing
{
    public static SubscriberPage List(SequenzyWorkspace workspace, ListQuery query)
    {
        var matches = new List<SequenzySubscriber>();
        if (!query.Segment && !query.UnknownList)
        {
            foreach (var subscriber in workspace.ById.Values)
            {
                if (Matches(subscriber, query))
                {
                    matches.Add(subscriber);
                }
            }
        }

        matches.Sort(NewestFirst);
        var start = 0;
        if (query.After is { } after)
        {
            while (start < matches.Count && NewestFirst(matches[start], after.CreatedAt, after.Sequence) <= 0)
            {
                start++;
            }
        }
        else
        {
            start = (int)Math.Min(matches.Count, (long)(query.Page - 1) * query.Limit);
        }

        var count = Math.Min(query.Limit, matches.Count - start);
        var page = matches.GetRange(start, count);
        var hasMore = start + count < matches.Count;
        var last = count > 0 ? page[count - 1] : null;
        return new SubscriberPage(page, matches.Count, hasMore, hasMore && last is not null ? (last.CreatedAt, last.Sequence) : null);
    }

    private static bool Matches(SequenzySubscriber subscriber, ListQuery query)
    {
        if (query.Status is { } status && subscriber.Status != status)
        {
            return false;
        }

        if (query.EmailContains is { } part && (subscriber.Email is null || !subscriber.Email.Contains(part, StringComparison.Ordinal)))
        {
            return false;
        }

        if (query.Text is { } text && !MatchesText(subscriber, text))
        {
            return false;
        }

        foreach (var tag in query.Tags)
        {
            if (!subscriber.HasTag(tag))
            {
                return false;
            }
        }

        foreach (var listId in query.ListIds)
        {
            if (!subscriber.IsCurrentMemberOf(listId))
            {
                return false;
            }
        }

        if (query.Attribute is { } attribute && !attribute.Matches(subscriber))
        {
            return false;
        }

        if (query.UnsubscribedAfter is { } from && (subscriber.UnsubscribedAt is not { } at || at < from))
        {
            return false;
        }

        return query.UnsubscribedBefore is not { } before || (subscriber.UnsubscribedAt is { } when && when < before);
    }

    private static bool MatchesText(SequenzySubscriber subscriber, string text)
    {
        if (Contains(subscriber.Email, text) || Contains(subscriber.FirstName, text) || Contains(subscriber.LastName, text))
        {
            return true;
        }

        foreach (var tag in subscriber.Tags)
        {
            if (tag.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string? value, string text) =>
        value is not null && value.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static int NewestFirst(SequenzySubscriber left, SequenzySubscriber right) =>
        NewestFirst(left, right.CreatedAt, right.Sequence);

    // Negative: left comes before the given position.
    private static int NewestFirst(SequenzySubscriber left, DateTimeOffset createdAt, long sequence)
    {
        var byDate = createdAt.CompareTo(left.CreatedAt);
        return byDate != 0 ? byDate : sequence.CompareTo(left.Sequence);
    }
}
