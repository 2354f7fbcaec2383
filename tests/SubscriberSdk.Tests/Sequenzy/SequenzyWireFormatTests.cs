using System.Net;
using System.Text.Json;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.TestSupport.Http;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Sequenzy;

/// <summary>What the Sequenzy facade puts on the wire, checked against a scripted transport.</summary>
public sealed class SequenzyWireFormatTests
{
    private readonly TimerTrackingTimeProvider _time = new();
    private readonly ScriptedHttpMessageHandler _transport;
    private readonly SequenzyClient _client;

    public SequenzyWireFormatTests()
    {
        _transport = new ScriptedHttpMessageHandler(_time);
        _client = new SequenzyClient(new SequenzyClientOptions
        {
            ApiKey = "sk_live_" + Guid.NewGuid().ToString("N"),
            BaseAddress = new Uri("https://sequenzy.test"),
            Transport = _transport,
            TimeProvider = _time,
            Retry = { UseJitter = false },
        });
    }

    [Fact]
    public async Task A_generated_import_key_is_sent_unchanged_on_every_retry()
    {
        _transport.Respond(HttpStatusCode.ServiceUnavailable).Otherwise(HttpStatusCode.OK, "{\"success\":true,\"import\":{\"id\":\"imp_1\"}}");

        var call = _client.Imports.CreateAsync([new SequenzySubscriberRequest { Email = "a@example.com" }]);
        await _time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(1)).WaitAsync(TimeSpan.FromSeconds(20));
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await call.WaitAsync(TimeSpan.FromSeconds(20));

        var keys = _transport.Requests.Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("idempotencyKey").GetString()).ToList();
        Assert.Equal(2, keys.Count);
        Assert.False(string.IsNullOrWhiteSpace(keys[0]));
        Assert.Equal(keys[0], keys[1]);
        Assert.Equal("imp_1", response.Value?.Import?.Id);
        Assert.StartsWith("Bearer sk_live_", _transport.Requests[0].Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_strategy_and_opt_in_mode_go_out_as_the_documented_strings()
    {
        _transport.Otherwise(HttpStatusCode.OK, "{\"success\":true,\"subscriber\":{\"email\":\"a@example.com\",\"created\":true}}");

        var response = await _client.Subscribers.UpsertAsync(new SequenzySubscriberRequest
        {
            Email = "A@Example.com",
            DuplicateStrategy = SequenzyDuplicateStrategy.Overwrite,
            OptInMode = SequenzyOptInMode.DoubleOptIn,
        });

        using var body = JsonDocument.Parse(_transport.Requests[0].Body!);
        Assert.Equal("overwrite", body.RootElement.GetProperty("duplicateStrategy").GetString());
        Assert.Equal("double_opt_in", body.RootElement.GetProperty("optInMode").GetString());
        Assert.Equal("a@example.com", body.RootElement.GetProperty("email").GetString());
        Assert.Equal(OperationOutcome.Created, response.Outcome);
    }
}
