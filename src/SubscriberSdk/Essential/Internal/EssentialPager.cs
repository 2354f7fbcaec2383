using System.Runtime.CompilerServices;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential.Internal;

/// <summary>
/// Essential's lists: pages numbered from 1 with a <c>Link</c> rel="next" header while more follow.
/// Pages are requested by number (the link is only read for its presence), so a link relative to
/// the server or one naming another host changes nothing about where the client sends its credential.
/// </summary>
internal static class EssentialPager
{
    /// <summary>Enumerates every item, fetching page after page as the caller goes.</summary>
    /// <param name="core">The client's pipeline.</param>
    /// <param name="policy">The list operation (one call per page).</param>
    /// <param name="pageSize">Items asked for per page.</param>
    /// <param name="fetch">Sends one page request: the call to configure it with, the page number, the token.</param>
    /// <param name="items">The facade items of one page response.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static async IAsyncEnumerable<T> EnumerateAsync<TPage, T>(
        ClientCore core,
        OperationPolicy policy,
        int pageSize,
        Func<ProviderCall, int, CancellationToken, Task<TPage?>> fetch,
        Func<TPage, IReadOnlyList<T>> items,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TPage : class
    {
        for (var page = 1; ; page++)
        {
            var call = core.Call(policy);
            var number = page;
            var response = await call.RunAsync(() => fetch(call, number, cancellationToken), items).ConfigureAwait(false);
            foreach (var item in response.Value)
            {
                yield return item;
            }

            // A short page without a next link is the last; so is an empty one, whatever the link says.
            if ((response.Value.Count < pageSize && !LinkHeader.HasNext(response.Headers)) || response.Value.Count == 0)
            {
                yield break;
            }
        }
    }
}
