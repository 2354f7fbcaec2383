using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace SubscriberSimulator.Core.Journal;

/// <summary>
/// What was received: the form the journal stores and stub request patterns match against.
/// <see cref="Body"/> may be a prefix of the real body when <see cref="BodyTruncated"/> is set.
/// </summary>
public sealed class RequestSnapshot
{
    private Dictionary<string, StringValues>? _query;

    public RequestSnapshot(
        string method,
        string path,
        string queryString,
        string scheme,
        string host,
        string clientIp,
        IReadOnlyDictionary<string, StringValues> headers,
        DateTimeOffset loggedAt)
    {
        Method = method;
        Path = path;
        QueryString = queryString;
        Scheme = scheme;
        Host = host;
        ClientIp = clientIp;
        Headers = headers;
        LoggedAt = loggedAt;
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>Including the leading "?", or empty.</summary>
    public string QueryString { get; }

    public string Scheme { get; }

    public string Host { get; }

    public string ClientIp { get; }

    public IReadOnlyDictionary<string, StringValues> Headers { get; }

    public DateTimeOffset LoggedAt { get; }

    public byte[] Body { get; set; } = [];

    public bool BodyComplete { get; set; }

    public bool BodyTruncated { get; set; }

    /// <summary>Path plus query, as WireMock's "url".</summary>
    public string Url => Path + QueryString;

    public string AbsoluteUrl => Scheme + "://" + Host + Url;

    public IReadOnlyDictionary<string, StringValues> Query => _query ??= QueryHelpers.ParseQuery(QueryString);

    public static RequestSnapshot FromContext(HttpContext context, DateTimeOffset now)
    {
        var request = context.Request;
        var headers = new Dictionary<string, StringValues>(request.Headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = header.Value;
        }

        return new RequestSnapshot(
            request.Method,
            request.PathBase.Add(request.Path).Value ?? "/",
            request.QueryString.Value ?? string.Empty,
            request.Scheme,
            request.Host.Value ?? "localhost",
            context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
            headers,
            now);
    }
}
