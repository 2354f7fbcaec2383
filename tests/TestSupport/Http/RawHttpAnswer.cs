using System.Globalization;
using System.Text;

namespace SubscriberSdk.TestSupport.Http;

/// <summary>
/// One HTTP/1.1 answer read off a raw stream (a socket, or the simulator's in-memory connection),
/// for requests written byte for byte with framing no HttpClient would send.
/// </summary>
public sealed record RawHttpAnswer(int Status, string Body)
{
    /// <summary>Reads a status line, headers and a Content-Length body (none for 1xx).</summary>
    public static async Task<RawHttpAnswer> ReadAsync(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfBlankLine(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                throw new IOException("The server closed the connection before its answer's headers: " + Encoding.UTF8.GetString([.. received]));
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var lines = Encoding.ASCII.GetString([.. received.Take(headerEnd)]).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var length = lines.Skip(1).Select(line => line.Split(':', 2)).Where(parts => parts[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(parts => int.Parse(parts[1].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
        var body = received.Skip(headerEnd + 4).ToList();
        while (body.Count < length)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            body.AddRange(buffer.AsSpan(0, read));
        }

        return new RawHttpAnswer(status, Encoding.UTF8.GetString([.. body]));
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
