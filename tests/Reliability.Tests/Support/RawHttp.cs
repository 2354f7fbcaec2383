using System.Net.Sockets;
using System.Text;
using SubscriberSdk.TestSupport.Http;

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
        var answer = await RawHttpAnswer.ReadAsync(stream).WaitAsync(Bound);
        return (answer.Status, answer.Body);
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
        var answer = await RawHttpAnswer.ReadAsync(stream).WaitAsync(Bound);
        if (answer.Status != 100)
        {
            throw new InvalidOperationException($"Expected 100 Continue, got {answer.Status}.");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(partialBody));
        if (reset)
        {
            // Linger on with a zero timeout: closing sends an RST instead of a FIN.
            socket.Client.LingerState = new LingerOption(true, 0);
        }

        socket.Close();
    }
}
