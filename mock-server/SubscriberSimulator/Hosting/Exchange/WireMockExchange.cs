using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Hosting.Http;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace SubscriberSimulator.Hosting.Exchange;

/// <summary>
/// The WireMock.Net side of an engine: an <see cref="IRequestMessage"/> becomes a
/// <see cref="ProviderRequest"/> (headers and query adapted, the body taken as is) and a
/// <see cref="ProviderResponse"/> becomes a <see cref="ResponseMessage"/> (its body array taken as is).
/// </summary>
internal static class WireMockExchange
{
    public static ProviderRequest ToProviderRequest(IRequestMessage message, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (origin, path) = SplitUrl(message.Url);
        return new ProviderRequest
        {
            Method = message.Method,
            Path = path,
            Origin = origin,
            // Not message.Query: WireMock.Net splits a value at its commas ("groupIds=1,2" becomes two
            // values), which no provider does. Parsed from the URL as ASP.NET Core parses a query.
            Query = new QueryCollectionValues(new QueryCollection(QueryHelpers.ParseQuery(QueryOf(message.Url)))),
            Headers = new WireMockValues(message.Headers),
            Body = message.BodyAsBytes ?? message.BodyData?.BodyAsBytes ?? ReadOnlyMemory<byte>.Empty,
            RequestAborted = requestAborted,
        };
    }

    public static ResponseMessage ToResponseMessage(ProviderResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new Dictionary<string, WireMockList<string>>(response.Headers.Count + 1, StringComparer.OrdinalIgnoreCase);
        if (response.ContentType is not null)
        {
            headers["Content-Type"] = new WireMockList<string>(response.ContentType);
        }

        foreach (var (name, value) in response.Headers)
        {
            headers[name] = new WireMockList<string>(value);
        }

        return new ResponseMessage
        {
            StatusCode = response.Status,
            Headers = headers,
            BodyData = response.Body.Length == 0 ? null : new BodyData { BodyAsBytes = response.Body, DetectedBodyType = BodyType.Bytes },
        };
    }

    internal static string QueryOf(string url)
    {
        var start = url.IndexOf('?', StringComparison.Ordinal);
        return start < 0 ? string.Empty : url[start..];
    }

    /// <summary>
    /// "http://host:port/a%20b/c?x=1" -> ("http://host:port", "/a b/c"). Not IRequestMessage.Path:
    /// WireMock.Net decodes it with WebUtility.UrlDecode, which turns '+' into a space, and E.164
    /// numbers travel in paths.
    /// </summary>
    internal static (string Origin, string Path) SplitUrl(string url)
    {
        var authority = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = authority < 0 ? -1 : url.IndexOf('/', authority + 3);
        if (pathStart < 0)
        {
            return (url.Split('?')[0], "/");
        }

        var queryStart = url.IndexOf('?', pathStart);
        var rawPath = queryStart < 0 ? url[pathStart..] : url[pathStart..queryStart];
        var path = rawPath.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(rawPath) : rawPath;
        return (url[..pathStart], path);
    }
}
