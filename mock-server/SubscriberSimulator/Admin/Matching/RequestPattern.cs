using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Journal;

namespace SubscriberSimulator.Admin.Matching;

/// <summary>The "request" half of a stub (also the body of /__admin/requests/count and /find).</summary>
internal sealed class RequestPattern
{
    private static readonly HashSet<string> SupportedKeys = new(StringComparer.Ordinal)
    {
        "method", "url", "urlPattern", "urlPath", "urlPathPattern", "headers", "queryParameters", "bodyPatterns",
    };

    private RequestPattern(string? method, UrlMatcher url, KeyValuePair<string, StringMatcher>[] headers, KeyValuePair<string, StringMatcher>[] query, BodyPattern[] body)
    {
        Method = method;
        Url = url;
        Headers = headers;
        QueryParameters = query;
        BodyPatterns = body;
    }

    /// <summary>Null or "ANY" matches every method.</summary>
    public string? Method { get; }

    public UrlMatcher Url { get; }

    public KeyValuePair<string, StringMatcher>[] Headers { get; }

    public KeyValuePair<string, StringMatcher>[] QueryParameters { get; }

    public BodyPattern[] BodyPatterns { get; }

    public bool NeedsBody => BodyPatterns.Length > 0;

    public bool IsMatch(RequestSnapshot request, RequestBodyView body)
    {
        if (Method is not null && !string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!Url.IsMatch(request))
        {
            return false;
        }

        foreach (var (name, matcher) in Headers)
        {
            if (!matcher.IsMatchAny(request.Headers.TryGetValue(name, out var values) ? values.ToArray() : null))
            {
                return false;
            }
        }

        foreach (var (name, matcher) in QueryParameters)
        {
            if (!matcher.IsMatchAny(request.Query.TryGetValue(name, out var values) ? values.ToArray() : null))
            {
                return false;
            }
        }

        foreach (var pattern in BodyPatterns)
        {
            if (!pattern.IsMatch(body))
            {
                return false;
            }
        }

        return true;
    }

    public static RequestPattern Parse(JsonNode? node, string pointer)
    {
        if (node is not JsonObject request)
        {
            throw new StubParseException(pointer, "The request pattern must be an object.");
        }

        foreach (var pair in request)
        {
            // An ignored matcher would make the stub match more than its author meant.
            if (!SupportedKeys.Contains(pair.Key))
            {
                throw new StubParseException(pointer + "/" + pair.Key, $"'{pair.Key}' is not supported by this simulator; use method, url, urlPattern, urlPath, urlPathPattern, headers, queryParameters or bodyPatterns.");
            }
        }

        string? method = null;
        if (request["method"] is { } methodNode)
        {
            method = methodNode is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
                ? text.ToUpperInvariant()
                : throw new StubParseException(pointer + "/method", "method must be a string such as \"POST\" or \"ANY\".");
            if (method == "ANY")
            {
                method = null;
            }
        }

        var body = new List<BodyPattern>();
        if (request["bodyPatterns"] is { } patternsNode)
        {
            if (patternsNode is not JsonArray patterns)
            {
                throw new StubParseException(pointer + "/bodyPatterns", "bodyPatterns must be an array.");
            }

            for (var i = 0; i < patterns.Count; i++)
            {
                body.Add(BodyPattern.Parse(patterns[i], $"{pointer}/bodyPatterns/{i}"));
            }
        }

        return new RequestPattern(
            method,
            UrlMatcher.Parse(request, pointer),
            ParseMatchers(request["headers"], pointer + "/headers"),
            ParseMatchers(request["queryParameters"], pointer + "/queryParameters"),
            body.ToArray());
    }

    private static KeyValuePair<string, StringMatcher>[] ParseMatchers(JsonNode? node, string pointer)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonObject matchers)
        {
            throw new StubParseException(pointer, "Must be an object of name -> matcher.");
        }

        return matchers.Select(pair => KeyValuePair.Create(pair.Key, StringMatcher.Parse(pair.Value, pointer + "/" + pair.Key))).ToArray();
    }
}
