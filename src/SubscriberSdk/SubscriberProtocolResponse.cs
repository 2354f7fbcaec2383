using System.Text;
using System.Text.Json;

namespace SubscriberSdk;

/// <summary>
/// The raw answer to a protocol-level request (<c>SendRequestAsync</c> on a provider client): status,
/// headers and body as received. Only successes arrive here; error statuses throw the same exceptions
/// as the typed methods.
/// </summary>
public sealed class SubscriberProtocolResponse
{
    /// <summary>Creates a response.</summary>
    public SubscriberProtocolResponse(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, ReadOnlyMemory<byte> body, string? requestId, int attempts)
    {
        ArgumentNullException.ThrowIfNull(headers);
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        RequestId = requestId;
        Attempts = attempts;
    }

    /// <summary>The HTTP status of the final attempt.</summary>
    public int StatusCode { get; }

    /// <summary>Response and content headers of the final attempt (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The response body as received (empty when there is none).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The provider's request id, when it sent one.</summary>
    public string? RequestId { get; }

    /// <summary>Attempts made, retries included.</summary>
    public int Attempts { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string ReadBodyAsString() => Encoding.UTF8.GetString(Body.Span);

    /// <summary>The body parsed as JSON.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public JsonElement ReadBodyAsJson()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }
}
