using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>
/// The body step: a request body as parsed JSON, or the refusal every provider gives the same way
/// (400 for a missing or malformed body, 415 for a non-JSON content type, 413 over the limit).
/// </summary>
public static class JsonBody
{
    public const string RequiredMessage = "A JSON request body is required.";
    public const string UnsupportedMediaTypeMessage = "Unsupported content type; send the body as application/json.";
    public const string NotUtf8Message = "The request body is not valid UTF-8.";

    /// <summary>The 413 message for a body over <paramref name="limitBytes"/> ("... the 10 MB limit.").</summary>
    public static string TooLargeMessage(long limitBytes) =>
        "The request body is larger than the " + DescribeSize(limitBytes) + " limit.";

    /// <summary>
    /// Parses the body. Null when it is empty and <paramref name="allowEmpty"/>; otherwise a
    /// document the caller disposes. Throws <see cref="RequestRefusedException"/> for bad input.
    /// </summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> body, string? contentType, bool allowEmpty)
    {
        if (body.IsEmpty)
        {
            return allowEmpty ? null : throw RequestRefusedException.BadRequest(RequiredMessage);
        }

        if (!IsJsonContentType(contentType))
        {
            throw new RequestRefusedException(415, UnsupportedMediaTypeMessage);
        }

        // JsonDocument.Parse does not check the UTF-8 inside string values, and a later GetString()
        // on invalid bytes throws, which would turn bad input into a 500. Refuse it here instead.
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            throw RequestRefusedException.BadRequest(NotUtf8Message);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            // The parser's position (line, byte) helps; its message never contains the input text.
            var where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {exception.BytePositionInLine + 1}")
                : string.Empty;
            throw RequestRefusedException.BadRequest($"The request body is not valid JSON{where}.");
        }

        try
        {
            RefuseLoneSurrogates(body.Span);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>application/json or any +json media type, parameters allowed.</summary>
    /// <summary>
    /// "\ud800" is a well-formed JSON escape, so JsonDocument.Parse accepts it, but it decodes to no
    /// valid UTF-16 and a handler's GetString() would throw: a 500 for bad input. Raw UTF-8 was checked
    /// already, so only escaped strings and names can hold one; they are decoded once here.
    /// </summary>
    private static void RefuseLoneSurrogates(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    _ = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw RequestRefusedException.BadRequest(string.Create(CultureInfo.InvariantCulture,
                        $"The request body is not valid JSON at byte {reader.TokenStartIndex + 1}: a \\u escape there is an unpaired UTF-16 surrogate."));
                }
            }
        }
    }

    public static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType is not { } mediaType)
        {
            return false;
        }

        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static string DescribeSize(long bytes)
    {
        const long Megabyte = 1024 * 1024;
        const long Kilobyte = 1024;
        return bytes switch
        {
            >= Megabyte when bytes % Megabyte == 0 => (bytes / Megabyte).ToString(CultureInfo.InvariantCulture) + " MB",
            >= Kilobyte when bytes % Kilobyte == 0 => (bytes / Kilobyte).ToString(CultureInfo.InvariantCulture) + " KB",
            _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        };
    }
}
