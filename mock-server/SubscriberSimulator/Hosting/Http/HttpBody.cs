using Microsoft.AspNetCore.Http.Features;

namespace SubscriberSimulator.Hosting.Http;

/// <summary>Reads a request body up to the simulator's limit (the 413 is the engine's, in the provider's shape).</summary>
internal static class HttpBody
{
    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadCappedAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        // Kestrel's own cap is lifted for this request; ours gives the provider-shaped 413 instead.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        var length = request.ContentLength;
        if (length > maxBytes)
        {
            return null;
        }

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

                var next = (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2);
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
            if (total > maxBytes)
            {
                return null;
            }
        }

        return buffer.AsMemory(0, total);
    }
}
