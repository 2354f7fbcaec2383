using System.Net.Sockets;
using System.Text;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting.Faults;

/// <summary>What the connection faults put on the wire, read with a raw socket.</summary>
public sealed class RawSocketFaultTests
{
    private static async Task<string> RawExchangeAsync(SimulatorServer server, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        await stream.WriteAsync(request);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30))) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset is one of the outcomes under test; keep whatever arrived before it.
        }

        return Encoding.Latin1.GetString(received.ToArray());
    }

    private static async Task<SimulatorServer> ServerWithFaultAsync(string fault)
    {
        var server = await TestSimulator.OnSocketAsync();
        using var client = server.CreateClient();
        using var added = await client.PostAsync("__admin/mappings", Http.Json(
            "{\"Request\":{\"Path\":\"/f\"},\"Response\":{\"Headers\":{\"" + SimulatorFaults.HeaderName + "\":\"" + fault + "\"}}}"));
        Assert.True(added.IsSuccessStatusCode);
        return server;
    }

    [Fact]
    public async Task RandomDataThenCloseSendsNoHttpStatusLine()
    {
        await using var server = await ServerWithFaultAsync("RANDOM_DATA_THEN_CLOSE");
        var received = await RawExchangeAsync(server, "/f");
        Assert.StartsWith("lskdu", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedChunkSendsAStatusLineThenAnUnterminatedBody()
    {
        await using var server = await ServerWithFaultAsync("MALFORMED_RESPONSE_CHUNK");
        var received = await RawExchangeAsync(server, "/f");
        Assert.StartsWith("HTTP/1.1 200", received, StringComparison.Ordinal);
        Assert.Contains("garbage", received, StringComparison.Ordinal);
        Assert.False(received.EndsWith("0\r\n\r\n", StringComparison.Ordinal), "the chunked body must not be terminated");
    }

    [Fact]
    public async Task ConnectionResetIsAResetNotAResponse()
    {
        await using var server = await ServerWithFaultAsync("CONNECTION_RESET_BY_PEER");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /f HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        var error = await Record.ExceptionAsync(async () =>
        {
            var buffer = new byte[1024];
            while (await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30)) > 0)
            {
            }
        });
        var socketError = Assert.IsType<SocketException>(Assert.IsType<IOException>(error).InnerException);
        Assert.Equal(SocketError.ConnectionReset, socketError.SocketErrorCode);
    }

    [Fact]
    public async Task EmptyResponseSendsNothing()
    {
        await using var server = await ServerWithFaultAsync("EMPTY_RESPONSE");
        Assert.Equal(string.Empty, await RawExchangeAsync(server, "/f"));
    }
}
