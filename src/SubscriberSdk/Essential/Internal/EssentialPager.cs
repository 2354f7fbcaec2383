using SubscriberSdk.Http.Internal;
using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Paging;

namespace SubscriberSdk.Essential.Internal;

/// <summary>
/// Essential's lists: pages numbered from 1 with a <c>Link</c> rel="next" header while more follow.
/// Pages are requested by number (the link is only read for its presence), so a link relative to
/// the server or one naming another host changes nothing about where the client sends its credential.
/// </summary>
internal static class EssentialPager
{
    /// <summary>A pageable over every item, fetching page after page as the caller goes.</summary>
    /// <param name="core">The client's pipeline.</param>
    /// <param name="policy">The list operation (one call per page).</param>
    /// <param name="pageSize">Items asked for per page.</param>
    /// <param name="fetch">Sends one page request: the call to configure it with, the page number, the token.</param>
    /// <param name="items">The facade items of one page response.</param>
    /// <param name="cancellationToken">The list method's token.</param>
    /// <param name="total">Items over all pages, where the response says.</param>
    public static SubscriberPageable<T> Pageable<TPage, T>(
        ClientCore core,
        OperationPolicy policy,
        int pageSize,
        Func<ProviderCall, int, CancellationToken, Task<TPage?>> fetch,
        Func<TPage, IReadOnlyList<T>> items,
        CancellationToken cancellationToken,
        Func<TPage, long?>? total = null)
        where TPage : class
        where T : notnull =>
        NumberedPages.Pageable(
            core,
            policy,
            fetch,
            items,
            page => total?.Invoke(page),
            // A short page without a next link is the last; so is an empty one, whatever the link says.
            page => (page.Count < pageSize && !LinkHeader.HasNext(page.Headers)) || page.Count == 0,
            cancellationToken);
}
