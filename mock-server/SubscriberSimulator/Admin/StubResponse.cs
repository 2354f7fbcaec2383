using System.Text;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Admin;

/// <summary>
/// The "response" half of a stub. Besides WireMock's fields it has one extension,
/// <c>"proxyToEngine": true</c>: the engine handles the request first (state is committed) and then
/// the fault or delay applies, e.g. "connection reset after the server wrote".
/// </summary>
internal sealed class StubResponse
{
    private static readonly (string Name, StubFault Fault)[] Faults =
    [
        ("CONNECTION_RESET_BY_PEER", StubFault.ConnectionResetByPeer),
        ("EMPTY_RESPONSE", StubFault.EmptyResponse),
        ("MALFORMED_RESPONSE_CHUNK", StubFault.MalformedResponseChunk),
        ("RANDOM_DATA_THEN_CLOSE", StubFault.RandomDataThenClose),
    ];

    // Behaviour-changing WireMock features this simulator does not implement: rejected, not ignored.
    private static readonly string[] Unsupported = ["delayDistribution", "chunkedDribbleDelay", "bodyFileName", "proxyBaseUrl", "transformers"];

    public int Status { get; private init; } = 200;

    public KeyValuePair<string, string[]>[] Headers { get; private init; } = [];

    public byte[] Body { get; private init; } = [];

    public bool BodyIsJson { get; private init; }

    public int FixedDelayMilliseconds { get; private init; }

    public StubFault? Fault { get; private init; }

    public bool ProxyToEngine { get; private init; }

    public static string FaultName(StubFault fault) => Faults.First(pair => pair.Fault == fault).Name;

    public static StubResponse Parse(JsonNode? node, string pointer)
    {
        if (node is null)
        {
            return new StubResponse();
        }

        if (node is not JsonObject response)
        {
            throw new StubParseException(pointer, "The response must be an object.");
        }

        foreach (var key in Unsupported)
        {
            if (response.ContainsKey(key))
            {
                throw new StubParseException(pointer + "/" + key, $"'{key}' is not supported by this simulator; use fixedDelayMilliseconds, fault, body, jsonBody or base64Body.");
            }
        }

        var status = Integer(response, "status", pointer) ?? 200;
        if (status is < 100 or > 599)
        {
            throw new StubParseException(pointer + "/status", "status must be between 100 and 599.");
        }

        var delay = Integer(response, "fixedDelayMilliseconds", pointer) ?? 0;
        if (delay is < 0 or > 600_000)
        {
            throw new StubParseException(pointer + "/fixedDelayMilliseconds", "fixedDelayMilliseconds must be between 0 and 600000.");
        }

        byte[] body = [];
        var isJson = false;
        if (response["jsonBody"] is { } jsonBody)
        {
            body = Encoding.UTF8.GetBytes(jsonBody.ToJsonString());
            isJson = true;
        }
        else if (response["body"] is { } textBody)
        {
            body = Encoding.UTF8.GetBytes(textBody is JsonValue value && value.TryGetValue<string>(out var text) ? text : textBody.ToJsonString());
        }
        else if (response["base64Body"] is JsonValue base64Value && base64Value.TryGetValue<string>(out var base64))
        {
            try
            {
                body = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new StubParseException(pointer + "/base64Body", "base64Body is not valid base64.");
            }
        }

        return new StubResponse
        {
            Status = status,
            Headers = ParseHeaders(response["headers"], pointer + "/headers"),
            Body = body,
            BodyIsJson = isJson,
            FixedDelayMilliseconds = delay,
            Fault = ParseFault(response["fault"], pointer + "/fault"),
            ProxyToEngine = response["proxyToEngine"] is JsonValue proxy && proxy.TryGetValue<bool>(out var flag) && flag,
        };
    }

    private static StubFault? ParseFault(JsonNode? node, string pointer)
    {
        if (node is null)
        {
            return null;
        }

        var name = node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
        foreach (var (faultName, fault) in Faults)
        {
            if (string.Equals(faultName, name, StringComparison.OrdinalIgnoreCase))
            {
                return fault;
            }
        }

        throw new StubParseException(pointer, "fault must be one of CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE.");
    }

    private static KeyValuePair<string, string[]>[] ParseHeaders(JsonNode? node, string pointer)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonObject headers)
        {
            throw new StubParseException(pointer, "headers must be an object of name -> value (or array of values).");
        }

        return headers.Select(pair => KeyValuePair.Create(pair.Key, pair.Value switch
        {
            JsonArray array => array.Select(item => item?.ToString() ?? string.Empty).ToArray(),
            null => [],
            var single => new[] { single.ToString() },
        })).ToArray();
    }

    private static int? Integer(JsonObject node, string name, string pointer)
    {
        if (node[name] is null)
        {
            return null;
        }

        return node[name] is JsonValue value && value.TryGetValue<int>(out var number)
            ? number
            : throw new StubParseException(pointer + "/" + name, name + " must be an integer.");
    }
}
