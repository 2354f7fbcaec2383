namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// Operations on a subscriber's tag SIDs, kept as a plain array in the order they were added.
/// The strings are the tag objects' own instances, so a million subscribers share them.
/// </summary>
internal static class TagSidList
{
    public static bool Contains(string[] tags, string sid)
    {
        foreach (var tag in tags)
        {
            if (string.Equals(tag, sid, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the SIDs not already present; the result is a new array (or the old one when nothing changes).</summary>
    public static string[] Merge(string[] existing, string[] added)
    {
        if (added.Length == 0)
        {
            return existing;
        }

        List<string>? merged = null;
        foreach (var sid in added)
        {
            if (Contains(existing, sid) || (merged is not null && merged.Contains(sid, StringComparer.Ordinal)))
            {
                continue;
            }

            merged ??= [.. existing];
            merged.Add(sid);
        }

        return merged is null ? existing : [.. merged];
    }

    /// <summary>Removes duplicates from a request's list while keeping its order.</summary>
    public static string[] Distinct(string[] sids)
    {
        return Merge([], sids);
    }

    public static bool Intersects(string[] left, string[] right)
    {
        foreach (var sid in left)
        {
            if (Contains(right, sid))
            {
                return true;
            }
        }

        return false;
    }
}
