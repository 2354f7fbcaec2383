using System.Text.Json;
using Microsoft.Extensions.Logging;
using Reliability.Tests.Support;
using SubscriberSimulator;

namespace Reliability.Tests.Security;

/// <summary>
/// Over a real socket: a chunked body with a bad chunk size is a 400 in the provider's shape (it was
/// a 500), and neither it nor a client leaving mid-body is logged as an Error or with a stack trace,
/// so no client can fill the log.
/// </summary>
public sealed class ClientFaultTests
{
    private const string Body = "{\"number\":\"9148442180\",\"email\":\"framing@example.com\",\"phone_number\":\"9148442180\"}";

    [Theory]
    [InlineData("zz")]
    [InlineData("-5")]
    [InlineData("10000000000000000")] // 2^64
    public async Task A_bad_chunk_size_is_a_400_in_each_providers_shape_logged_below_error(string chunkSize)
    {
        var logs = new CapturedLogs();
        await using var server = await StartAsync(logs);
        var tenant = ProviderTenant.Create(server);

        foreach (var (provider, path) in Paths(tenant))
        {
            var (status, body) = await RawHttp.ExchangeAsync(server.BaseAddress,
                RawHttp.ChunkedPost(path, tenant.Authorization(provider).ToString()) + $"{chunkSize}\r\n{Body}\r\n0\r\n\r\n");

            Assert.Equal(400, status);
            Assert.Contains("HTTP framing is invalid", body, StringComparison.Ordinal);
            Assert.Equal(ShapeOf(server.Engines.Single(engine => engine.Id == provider).Error(400, "x").Body), ShapeOf(body), StringComparer.Ordinal);
        }

        AssertNoAlarm(logs);
    }

    [Fact]
    public async Task A_bad_chunk_size_on_the_controls_is_a_400()
    {
        var logs = new CapturedLogs();
        await using var server = await StartAsync(logs);

        var (status, body) = await RawHttp.ExchangeAsync(server.BaseAddress, RawHttp.ChunkedPost("/__sim/clock", "none") + "zz\r\n{}\r\n0\r\n\r\n");

        Assert.Equal(400, status);
        Assert.Contains("HTTP framing is invalid", body, StringComparison.Ordinal);
        AssertNoAlarm(logs);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_that_leaves_mid_body_is_logged_below_error_without_a_stack_trace(bool reset)
    {
        var logs = new CapturedLogs();
        await using var server = await StartAsync(logs);
        var tenant = ProviderTenant.Create(server);
        var noted = logs.WaitForAsync(line => line.Contains("Client fault", StringComparison.Ordinal));

        await RawHttp.LeaveMidBodyAsync(server.BaseAddress, RawHttp.ChunkedPost("/mta/v3/subscribers", tenant.Authorization("mta").ToString()), "400\r\n{\"number\":", reset);

        await noted.WaitAsync(TimeSpan.FromSeconds(30));
        AssertNoAlarm(logs);
    }

    private static Task<SimulatorServer> StartAsync(CapturedLogs logs) =>
        LoopbackSimulator.StartAsync(options => options.ConfigureLogging = logging =>
            logging.AddProvider(new CapturingLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace).AddFilter("Microsoft", LogLevel.Warning));

    private static (string Provider, string Path)[] Paths(ProviderTenant tenant) =>
    [
        ("essential", $"/essential/v2/account/channels/{tenant.EssentialChannelSid}/subscribers/upsert"),
        ("mta", "/mta/v3/subscribers"),
        ("sequenzy", "/sequenzy/api/v1/subscribers"),
        ("attentive", "/attentive/v1/subscriptions"),
    ];

    /// <summary>The error body's property names, nested ones as "outer.inner": the provider's shape without its values.</summary>
    private static string[] ShapeOf(ReadOnlyMemory<byte> json) => ShapeOf(System.Text.Encoding.UTF8.GetString(json.Span));

    private static string[] ShapeOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. Names(document.RootElement, string.Empty).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Names(JsonElement element, string prefix) =>
        element.ValueKind != JsonValueKind.Object
            ? []
            : element.EnumerateObject().SelectMany(property => Names(property.Value, prefix + property.Name + ".").Prepend(prefix + property.Name));

    private static void AssertNoAlarm(CapturedLogs logs)
    {
        Assert.DoesNotContain(logs.Lines, line => line.Contains("] Error:", StringComparison.Ordinal) || line.Contains("] Critical:", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }
}
