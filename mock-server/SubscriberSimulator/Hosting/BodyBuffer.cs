namespace SubscriberSimulator.Hosting;

/// <summary>Reads a whole body of known length (or up to a cap) into one array.</summary>
internal static class BodyBuffer
{
    public static async Task<byte[]> ReadAllAsync(Stream body, int length, CancellationToken ct)
    {
        var buffer = new byte[length];
        var total = 0;
        while (total < length)
        {
            var read = await body.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false);
            if (read == 0)
            {
                Array.Resize(ref buffer, total);
                break;
            }

            total += read;
        }

        return buffer;
    }

    /// <summary>Reads to the end; null when the body is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream body, long maxBytes, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await body.ReadAsync(chunk, ct).ConfigureAwait(false);
            if (read == 0)
            {
                return copy.ToArray();
            }

            if (copy.Length + read > maxBytes)
            {
                return null;
            }

            copy.Write(chunk, 0, read);
        }
    }
}
