using SubscriberSdk.Internal.Paging;

namespace SubscriberSdk;

/// <summary>
/// A list that fetches its pages as you enumerate: <c>await foreach</c> over it for the items, or over
/// <see cref="AsPages"/> for the pages with their continuation tokens (to stop and resume later, even in
/// another process). Nothing is sent until enumeration starts; each enumeration starts again.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class SubscriberPageable<T> : IAsyncEnumerable<T>
    where T : notnull
{
    /// <summary>For derived types and mocking.</summary>
    protected SubscriberPageable()
    {
    }

    /// <summary>A pageable over pages already in hand, for test doubles of the clients.</summary>
    public static SubscriberPageable<T> FromPages(IEnumerable<SubscriberPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new FixedPageable<T>([.. pages]);
    }

    /// <summary>The pages, from the first or from the page <paramref name="continuationToken"/> names.</summary>
    /// <param name="continuationToken">A <see cref="SubscriberPage{T}.ContinuationToken"/> of this list; null for the first page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public abstract IAsyncEnumerable<SubscriberPage<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>The items of every page, fetching pages as the enumeration reaches them.</summary>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }
}
