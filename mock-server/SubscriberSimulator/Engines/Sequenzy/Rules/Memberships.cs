using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>List-membership and tag array arithmetic; every method returns a new array (copy-on-write).</summary>
internal static class Memberships
{
    /// <summary>Joins the lists; a left membership is rejoined. Returns the list ids joined now.</summary>
    public static string[] Join(SequenzySubscriber subscriber, string[] listIds, DateTimeOffset now)
    {
        if (listIds.Length == 0)
        {
            return [];
        }

        var memberships = new List<ListMembership>(subscriber.Lists);
        var joined = new List<string>();
        foreach (var listId in listIds)
        {
            var index = memberships.FindIndex(membership => string.Equals(membership.ListId, listId, StringComparison.Ordinal));
            if (index >= 0 && memberships[index].IsCurrent)
            {
                continue;
            }

            var membership = new ListMembership(listId, now, null);
            if (index >= 0)
            {
                memberships[index] = membership;
            }
            else
            {
                memberships.Add(membership);
            }

            joined.Add(listId);
        }

        if (joined.Count > 0)
        {
            subscriber.Lists = memberships.ToArray();
        }

        return joined.ToArray();
    }

    /// <summary>Leaves every list (global unsubscribe); the memberships stay as history.</summary>
    public static void LeaveAll(SequenzySubscriber subscriber, DateTimeOffset now)
    {
        var lists = subscriber.Lists;
        var changed = false;
        var result = new ListMembership[lists.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            result[i] = lists[i].IsCurrent ? lists[i] with { UnsubscribedAt = now } : lists[i];
            changed |= lists[i].IsCurrent;
        }

        if (changed)
        {
            subscriber.Lists = result;
        }
    }

    /// <summary>Leaves one list; the membership stays as history. Returns whether the subscriber was a member.</summary>
    public static bool Leave(SequenzySubscriber subscriber, string listId, DateTimeOffset now)
    {
        var lists = subscriber.Lists;
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i].IsCurrent && string.Equals(lists[i].ListId, listId, StringComparison.Ordinal))
            {
                var result = (ListMembership[])lists.Clone();
                result[i] = lists[i] with { UnsubscribedAt = now };
                subscriber.Lists = result;
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of <paramref name="existing"/> not in <paramref name="removed"/>; the same array when nothing goes.</summary>
    public static string[] Except(string[] existing, IReadOnlyCollection<string> removed)
    {
        if (removed.Count == 0 || !Array.Exists(existing, removed.Contains))
        {
            return existing;
        }

        return Array.FindAll(existing, item => !removed.Contains(item));
    }

    /// <summary>The union, keeping the existing order first; the same array when nothing is new.</summary>
    public static string[] Union(string[] existing, string[] added)
    {
        if (added.Length == 0)
        {
            return existing;
        }

        // One hash lookup per item: a search of the list per added item made 1,000 tags cost
        // 1,000 times what the subscriber held (issue 15, tests/Benchmarks "large-requests").
        var seen = new HashSet<string>(existing, StringComparer.Ordinal);
        List<string>? result = null;
        foreach (var item in added)
        {
            if (seen.Add(item))
            {
                (result ??= new List<string>(existing)).Add(item);
            }
        }

        return result is null ? existing : result.ToArray();
    }
}
