using System.Text.Json;

namespace SubscriberSimulator.Core.Http;

/// <summary>
/// A request body read by <see cref="RequestBodyReader"/>. When <see cref="IsValid"/> is false the
/// error response (400, 413 or 415 in the provider's shape) has already been written: just return.
/// </summary>
public readonly struct RequestBodyResult
{
    internal RequestBodyResult(bool isValid, JsonElement? body, ReadOnlyMemory<byte> raw)
    {
        IsValid = isValid;
        Body = body;
        Raw = raw;
    }

    public bool IsValid { get; }

    /// <summary>The parsed JSON, or null for an empty body. Valid until the response completes.</summary>
    public JsonElement? Body { get; }

    /// <summary>The raw UTF-8 bytes (e.g. for System.Text.Json deserialisation into engine DTOs).</summary>
    public ReadOnlyMemory<byte> Raw { get; }

    internal static RequestBodyResult Invalid { get; } = new(false, null, ReadOnlyMemory<byte>.Empty);
}
