using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Reliability.Tests.Support;

/// <summary>
/// HTTP/1.1 written byte for byte on a socket, for framing no HttpClient would send (bad chunk sizes,
/// bodies cut short), and the answer read back as status line, headers and body.
/// </summary>
internal static class RawHttp
{
    // A bound for a failing run only; a passing one answers in milliseconds.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>Headers of a POST with a chunked JSON body; the caller writes the chunks.</summary>
    public static string ChunkedPost(string path, string authorization) =>
        $"POST {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: {authorization}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

    /// <summary>Sends <paramref name="request"/> and reads one answer: (status, body).</summary>
    public static async Task<(int Status, string Body)> ExchangeAsync(Uri server, string request)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        return await ReadAnswerAsync(stream).WaitAsync(Bound);
    }

    /// <summary>
    /// Sends <paramref name="head"/> (with Expect: 100-continue), waits for the 100 Continue that says
    /// the server has begun reading the body, sends <paramref name="partialBody"/> and goes away:
    /// with a FIN, or with a reset when <paramref name="reset"/>.
    /// </summary>
    public static async Task LeaveMidBodyAsync(Uri server, string head, string partialBody, bool reset)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.Replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n", StringComparison.Ordinal)));
        var (status, _) = await ReadAnswerAsync(stream).WaitAsync(Bound);
        if (status != 100)
        {
            throw new InvalidOperationException($"Expected 100 Continue, got {status}.");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(partialBody));
        if (reset)
        {
            // Linger on with a zero timeout: closing sends an RST instead of a FIN.
            socket.Client.LingerState = new LingerOption(true, 0);
        }

        socket.Close();
    }

    private static async Task<(int Status, string Body)> ReadAnswerAsync(Stream stream)
    {
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

        var head = Encoding.ASCII.GetString([.. received.Take(headerEnd)]);
        var lines = head.Split("\r\n");
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

        return (status, Encoding.UTF8.GetString([.. body]));
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
