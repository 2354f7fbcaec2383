namespace SubscriberSdk;

/// <summary>
/// One page of a list: its items in <see cref="Values"/>, the token that continues after it, and the
/// HTTP response it came in.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SubscriberPage<T> : SubscriberResponse<IReadOnlyList<T>>
    where T : notnull
{
    /// <summary>Creates a page (also for test doubles: see <see cref="SubscriberPageable{T}.FromPages"/>).</summary>
    public SubscriberPage(
        IReadOnlyList<T> values, string? continuationToken, int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? requestId, int attempts = 1, long? totalCount = null)
        : base(values, statusCode, headers, requestId, attempts)
    {
        ContinuationToken = continuationToken;
        TotalCount = totalCount;
    }

    /// <summary>The items of this page, in the provider's order.</summary>
    public IReadOnlyList<T> Values => Value;

    /// <summary>
    /// Where the next page starts, for <see cref="SubscriberPageable{T}.AsPages"/>; null on the last page.
    /// A token is good for the same list with the same filter and page size.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>Items over all pages, when the provider reports it (Mobile Text Alerts, Essential's message search); else null.</summary>
    public long? TotalCount { get; }
}
