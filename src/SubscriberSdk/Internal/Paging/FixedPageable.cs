using System.Runtime.CompilerServices;

namespace SubscriberSdk.Internal.Paging;

/// <summary>
/// Pages in hand (<see cref="SubscriberPageable{T}.FromPages"/>): a continuation token resumes after the
/// page that carries it, as the live lists do.
/// </summary>
internal sealed class FixedPageable<T> : SubscriberPageable<T>
    where T : notnull
{
    private readonly IReadOnlyList<SubscriberPage<T>> _pages;

    public FixedPageable(IReadOnlyList<SubscriberPage<T>> pages)
    {
        _pages = pages;
    }

    public override async IAsyncEnumerable<SubscriberPage<T>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var index = StartIndex(continuationToken); index < _pages.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.CompletedTask.ConfigureAwait(false);
            yield return _pages[index];
        }
    }

    private int StartIndex(string? continuationToken)
    {
        if (continuationToken is null)
        {
            return 0;
        }

        for (var index = 0; index < _pages.Count; index++)
        {
            if (_pages[index].ContinuationToken == continuationToken)
            {
                return index + 1;
            }
        }

        throw PageTokens.Unknown(continuationToken, nameof(continuationToken));
    }
}
