using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Reliability.Tests.Support;

namespace Reliability.Tests.Security;

/// <summary>
/// A client's bad framing is a 400 in the provider's shape, and neither it nor a disconnect mid-body
/// logs an Error or a stack trace: no client can fill the log.
/// </summary>
public sealed class ClientFaultTests
{
    [Theory]
    [InlineData("zz")]
    [InlineData("-5")]
    [InlineData("10000000000000000")]
    public async Task A_bad_chunk_size_is_a_400_in_the_providers_shape_logged_below_error(string chunkSize)
    {
        var logs = new CapturedLogs();
        await using var server = await LoopbackSimulator.StartAsync(options =>
            options.ConfigureLogging = logging => logging.AddProvider(new CapturingLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace).AddFilter("Microsoft", LogLevel.Warning));
        var tenant = ProviderTenant.Create(server);

        var answer = await SendRawAsync(server.BaseAddress,
            "POST /mta/v3/subscribers HTTP/1.1\r\nHost: localhost\r\n" +
            $"Authorization: {tenant.Authorization("mta")}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
            $"{chunkSize}\r\n{{\"number\":\"9148442180\"}}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("chunked framing", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("] Error:", StringComparison.Ordinal) || line.Contains("] Critical:", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    private static async Task<string> SendRawAsync(Uri server, string request)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }
}
