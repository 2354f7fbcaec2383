using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Core.Http;

/// <summary>
/// Reads a JSON request body with the size cap. Oversized bodies get 413, a non-JSON content type
/// 415, malformed JSON 400, each written through the engine's <see cref="IProviderEngine.WriteErrorAsync"/>.
/// </summary>
public sealed class RequestBodyReader
{
    private readonly long _maxBytes;

    public RequestBodyReader(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxBytes = options.MaxRequestBodyBytes;
    }

    public long MaxBytes => _maxBytes;

    /// <param name="allowEmpty">When false an empty body is a 400 ("a JSON body is required").</param>
    public async Task<RequestBodyResult> ReadJsonAsync(HttpContext context, IProviderEngine engine, bool allowEmpty, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(engine);
        var request = context.Request;
        if (request.ContentLength > _maxBytes)
        {
            await engine.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage, ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        var raw = await ReadCappedAsync(request, ct).ConfigureAwait(false);
        if (raw is null)
        {
            await engine.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage, ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        if (raw.Value.Length == 0)
        {
            if (allowEmpty)
            {
                return new RequestBodyResult(true, null, ReadOnlyMemory<byte>.Empty);
            }

            await engine.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "A JSON request body is required.", ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        if (!IsJsonContentType(request.ContentType))
        {
            var message = "Unsupported content type; send the body as application/json.";
            await engine.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, message, ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        // JsonDocument.Parse does not check the UTF-8 inside string values, and a later GetString()
        // on invalid bytes throws, which would turn bad input into a 500. Refuse it here instead.
        if (!System.Text.Unicode.Utf8.IsValid(raw.Value.Span))
        {
            await engine.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The request body is not valid UTF-8.", ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw.Value);
        }
        catch (JsonException exception)
        {
            // The parser's position (line, byte) helps; its message never contains the input text.
            var where = exception.LineNumber is { } line ? $" at line {line + 1}, byte {exception.BytePositionInLine + 1}" : string.Empty;
            await engine.WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"The request body is not valid JSON{where}.", ct).ConfigureAwait(false);
            return RequestBodyResult.Invalid;
        }

        context.Response.RegisterForDispose(document);
        return new RequestBodyResult(true, document.RootElement, raw.Value);
    }

    internal const string TooLargeMessage = "The request body is larger than the 10 MB limit.";

    internal static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var mediaType = parsed.MediaType;
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private async Task<ReadOnlyMemory<byte>?> ReadCappedAsync(HttpRequest request, CancellationToken ct)
    {
        // Kestrel's own cap is lifted for this request; ours gives the provider-shaped 413 instead.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        var length = request.ContentLength;
        var buffer = new byte[length is > 0 ? (int)length.Value : 4096];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (length is not null && total == length)
                {
                    break;
                }

                var next = (int)Math.Min(_maxBytes + 1, (long)buffer.Length * 2);
                if (next <= buffer.Length)
                {
                    return null;
                }

                Array.Resize(ref buffer, next);
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
            if (total > _maxBytes)
            {
                return null;
            }
        }

        return buffer.AsMemory(0, total);
    }
}
