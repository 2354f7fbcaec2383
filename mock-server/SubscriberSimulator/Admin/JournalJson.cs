using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using SubscriberSimulator.Core.Journal;

namespace SubscriberSimulator.Admin;

/// <summary>Journal entries in WireMock's (Java) serve-event and logged-request shapes.</summary>
internal static class JournalJson
{
    public static JsonObject ServeEvent(JournalEntry entry, StubStore stubs)
    {
        var responseDefinition = new JsonObject { ["status"] = entry.ResponseStatus };
        if (entry.Fault is not null)
        {
            responseDefinition["fault"] = entry.Fault;
        }

        var serveEvent = new JsonObject
        {
            ["id"] = entry.Id.ToString(),
            ["request"] = LoggedRequest(entry.Request),
            ["responseDefinition"] = responseDefinition,
            ["response"] = new JsonObject { ["status"] = entry.ResponseStatus, ["headers"] = Headers(entry.ResponseHeaders) },
            ["wasMatched"] = entry.WasMatched,
            ["timing"] = new JsonObject { ["totalTime"] = (long)entry.Duration.TotalMilliseconds, ["serveTime"] = (long)entry.Duration.TotalMilliseconds },
        };
        if (entry.StubId is { } stubId)
        {
            serveEvent["stubMapping"] = stubs.Find(stubId)?.Json.DeepClone() ?? new JsonObject { ["id"] = stubId.ToString(), ["uuid"] = stubId.ToString() };
        }

        return serveEvent;
    }

    public static JsonObject LoggedRequest(RequestSnapshot request)
    {
        var query = new JsonObject();
        foreach (var pair in request.Query)
        {
            query[pair.Key] = new JsonObject { ["key"] = pair.Key, ["values"] = new JsonArray(pair.Value.Select(value => (JsonNode?)value).ToArray()) };
        }

        var logged = new JsonObject
        {
            ["url"] = request.Url,
            ["absoluteUrl"] = request.AbsoluteUrl,
            ["method"] = request.Method,
            ["clientIp"] = request.ClientIp,
            ["headers"] = Headers(request.Headers),
            ["cookies"] = new JsonObject(),
            ["browserProxyRequest"] = false,
            ["loggedDate"] = request.LoggedAt.ToUnixTimeMilliseconds(),
            ["loggedDateString"] = request.LoggedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["bodyAsBase64"] = Convert.ToBase64String(request.Body),
            ["body"] = Encoding.UTF8.GetString(request.Body),
            ["queryParams"] = query,
        };
        if (request.BodyTruncated)
        {
            logged["bodyTruncated"] = true;
        }

        return logged;
    }

    private static JsonObject Headers(IReadOnlyDictionary<string, StringValues> headers)
    {
        var json = new JsonObject();
        foreach (var pair in headers)
        {
            json[pair.Key] = pair.Value.Count == 1 ? pair.Value[0] : new JsonArray(pair.Value.Select(value => (JsonNode?)value).ToArray());
        }

        return json;
    }
}
