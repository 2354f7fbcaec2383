using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Internal.Paging;

/// <summary>
/// Lists paged by number from 1 (Essential, Mobile Text Alerts): one call per page, the next page's
/// number as the continuation token. Each provider says only when a page is its last.
/// </summary>
internal static class NumberedPages
{
    /// <summary>What a page response says about the list, for the provider's last-page rule.</summary>
    /// <param name="Count">Items on this page.</param>
    /// <param name="Number">This page's number, from 1.</param>
    /// <param name="Total">Items over all pages, where the response says.</param>
    /// <param name="Headers">The response headers (Essential's <c>Link</c>).</param>
    public readonly record struct PageFacts(int Count, int Number, long? Total, IReadOnlyDictionary<string, IReadOnlyList<string>> Headers);

    /// <param name="core">The client's pipeline.</param>
    /// <param name="policy">The list operation (one call per page).</param>
    /// <param name="fetch">Sends one page request: the call to configure it with, the page number, the token.</param>
    /// <param name="items">The facade items of one page response.</param>
    /// <param name="total">Items over all pages, where the response says.</param>
    /// <param name="isLast">The provider's rule for the last page.</param>
    /// <param name="cancellationToken">The list method's token.</param>
    public static SubscriberPageable<T> Pageable<TPage, T>(
        ClientCore core,
        OperationPolicy policy,
        Func<ProviderCall, int, CancellationToken, Task<TPage?>> fetch,
        Func<TPage, IReadOnlyList<T>> items,
        Func<TPage, long?> total,
        Func<PageFacts, bool> isLast,
        CancellationToken cancellationToken)
        where TPage : class
        where T : notnull =>
        new FetchedPageable<T>(
            async (token, stop) =>
            {
                var number = PageTokens.ReadPageNumber(token, "continuationToken");
                var call = core.Call(policy);
                var response = await call.RunAsync(() => fetch(call, number, stop), page => (Items: items(page), Total: total(page))).ConfigureAwait(false);
                var (values, all) = response.Value;
                var last = isLast(new PageFacts(values.Count, number, all, response.Headers));
                return Pages.From(response, values, last ? null : PageTokens.ForPageNumber(number + 1), all);
            },
            cancellationToken);
}
