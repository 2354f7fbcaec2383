using System.Globalization;
using System.Text;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>
/// The page a list request asks for (<c>page</c> from 1, <c>per_page</c> 1 to 1000, default 100) and
/// the <c>Link: &lt;...&gt;; rel="next"</c> header that points at the next one. Every Essential list pages this way.
/// </summary>
internal readonly record struct EssentialPage(int Number, int Size)
{
    private const int DefaultSize = 100;
    private const int MaxSize = 1000;

    public static EssentialPage FromQuery(IRequestValues query)
    {
        var page = EssentialQuery.Int32(query, "page") ?? 1;
        var perPage = EssentialQuery.Int32(query, "per_page") ?? DefaultSize;
        if (page < 1)
        {
            throw RequestRefusedException.BadRequest("page must be 1 or more.");
        }

        if (perPage is < 1 or > MaxSize)
        {
            throw RequestRefusedException.BadRequest($"per_page must be between 1 and {MaxSize}.");
        }

        return new EssentialPage(page, perPage);
    }

    /// <summary>
    /// Adds the link to the next page when there is one, keeping the request's filters
    /// (<paramref name="filters"/>, by name). The link is relative (path and query): an absolute one
    /// would have to trust the request's Host header, which a client or proxy can set to anything
    /// (issue 15), and RFC 8288 resolves a relative link against the request's own URL.
    /// </summary>
    public ProviderResponse LinkNext(ProviderResponse response, ProviderRequest request, bool hasMore, params ReadOnlySpan<string> filters)
    {
        if (!hasMore)
        {
            return response;
        }

        var link = new StringBuilder(request.Path.Length + 64).Append('<').Append(request.Path)
            .Append(CultureInfo.InvariantCulture, $"?page={Number + 1}&per_page={Size}");
        foreach (var name in filters)
        {
            if (request.Query.First(name) is { } value)
            {
                link.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return response.SetHeader("Link", link.Append(">; rel=\"next\"").ToString());
    }
}
