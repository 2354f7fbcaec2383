using SubscriberSdk.Http.Internal;
using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Paging;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>
/// Mobile Text Alerts' lists: pages numbered from 1 with the total over all pages in the body; a short
/// page, or the total reached, ends the list. The continuation token is the next page's number.
/// </summary>
internal static class MobileTextAlertsPager
{
    /// <summary>A pageable over every item, fetching page after page as the caller goes.</summary>
    /// <param name="core">The client's pipeline.</param>
    /// <param name="policy">The list operation (one call per page).</param>
    /// <param name="pageSize">Items asked for per page.</param>
    /// <param name="fetch">Sends one page request: the call to configure it with, the page number, the token.</param>
    /// <param name="items">The facade items of one page response.</param>
    /// <param name="total">Items over all pages, where the response says.</param>
    /// <param name="cancellationToken">The list method's token.</param>
    public static SubscriberPageable<T> Pageable<TPage, T>(
        ClientCore core,
        OperationPolicy policy,
        int pageSize,
        Func<ProviderCall, int, CancellationToken, Task<TPage?>> fetch,
        Func<TPage, IReadOnlyList<T>> items,
        Func<TPage, long?> total,
        CancellationToken cancellationToken)
        where TPage : class
        where T : notnull =>
        new FetchedPageable<T>(
            async (token, stop) =>
            {
                var number = PageTokens.ReadPageNumber(token, "continuationToken");
                var call = core.Call(policy);
                var response = await call.RunAsync(() => fetch(call, number, stop), page => (Items: items(page), Total: total(page))).ConfigureAwait(false);
                var values = response.Value.Items;
                var seen = ((long)(number - 1) * pageSize) + values.Count;
                var last = values.Count < pageSize || (response.Value.Total is { } all && seen >= all);
                return Pages.From(response, values, last ? null : PageTokens.ForPageNumber(number + 1), response.Value.Total);
            },
            cancellationToken);
}
