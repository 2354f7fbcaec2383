namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>Essential's 1-based pages over a list kept in a stable order.</summary>
internal static class Paging
{
    /// <summary>
    /// Page <paramref name="page"/> of <paramref name="perPage"/> items, each mapped by
    /// <paramref name="select"/>; <paramref name="hasMore"/> says whether a next page exists (it
    /// drives the Link header). A page past the end is empty.
    /// </summary>
    public static List<TResult> Slice<TSource, TResult>(IReadOnlyList<TSource> source, int page, int perPage, Func<TSource, TResult> select, out bool hasMore)
    {
        var skip = (long)(page - 1) * perPage;
        var result = new List<TResult>(skip >= source.Count ? 0 : (int)Math.Min(perPage, source.Count - skip));
        for (var i = skip; i < source.Count && result.Count < perPage; i++)
        {
            result.Add(select(source[(int)i]));
        }

        hasMore = skip + result.Count < source.Count;
        return result;
    }

    public static List<T> Slice<T>(IReadOnlyList<T> source, int page, int perPage, out bool hasMore) =>
        Slice(source, page, perPage, static item => item, out hasMore);
}
