namespace SubscriberSdk.Internal.Paging;

/// <summary>Builds pages from finished calls, and pageables for lists the provider answers in one response.</summary>
internal static class Pages
{
    public static SubscriberPage<T> From<TValue, T>(SubscriberResponse<TValue> response, IReadOnlyList<T> values, string? continuationToken, long? totalCount = null)
        where TValue : notnull
        where T : notnull =>
        new(values, continuationToken, response.StatusCode, response.Headers, response.RequestId, response.Attempts, totalCount);

    /// <summary>A list the provider returns whole: one page, no token.</summary>
    public static SubscriberPageable<T> Single<T>(Func<CancellationToken, Task<SubscriberResponse<IReadOnlyList<T>>>> fetch, CancellationToken listCancellation)
        where T : notnull =>
        new FetchedPageable<T>(
            async (token, cancellationToken) =>
            {
                if (token is not null)
                {
                    throw PageTokens.Unknown(token, "continuationToken");
                }

                var response = await fetch(cancellationToken).ConfigureAwait(false);
                return From(response, response.Value, continuationToken: null);
            },
            listCancellation);
}
