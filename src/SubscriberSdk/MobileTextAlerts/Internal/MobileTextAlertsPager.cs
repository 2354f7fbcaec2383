using SubscriberSdk.Http.Internal;
using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Paging;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>
/// Mobile Text Alerts' lists: pages numbered from 1 with the total over all pages in the body; a short
/// page, or the total reached, ends the list.
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
        NumberedPages.Pageable(
            core,
            policy,
            fetch,
            items,
            total,
            page => page.Count < pageSize || (page.Total is { } all && ((long)(page.Number - 1) * pageSize) + page.Count >= all),
            cancellationToken);
}
