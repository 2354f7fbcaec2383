using System.Runtime.CompilerServices;

namespace SubscriberSdk.Internal.Paging;

/// <summary>A pageable whose pages come from one fetch per page, each given the previous page's token.</summary>
internal sealed class FetchedPageable<T> : SubscriberPageable<T>
    where T : notnull
{
    private readonly Func<string?, CancellationToken, Task<SubscriberPage<T>>> _fetchPage;
    private readonly CancellationToken _listCancellation;

    /// <param name="fetchPage">Fetches the page a token names (null: the first).</param>
    /// <param name="listCancellation">The token given to the list method; it stops enumerations as well as their own token does.</param>
    public FetchedPageable(Func<string?, CancellationToken, Task<SubscriberPage<T>>> fetchPage, CancellationToken listCancellation)
    {
        _fetchPage = fetchPage;
        _listCancellation = listCancellation;
    }

    public override async IAsyncEnumerable<SubscriberPage<T>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = _listCancellation.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_listCancellation, cancellationToken)
            : null;
        var stop = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _listCancellation);
        var token = continuationToken;
        do
        {
            var page = await _fetchPage(token, stop).ConfigureAwait(false);
            yield return page;
            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
