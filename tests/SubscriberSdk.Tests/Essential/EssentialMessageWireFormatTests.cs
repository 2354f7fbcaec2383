using System.Net;
using System.Text.Json;
using SubscriberSdk.Essential;
using SubscriberSdk.TestSupport.Http;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Essential;

/// <summary>What the Essential message and list methods put on the wire, checked against a scripted transport.</summary>
public sealed class EssentialMessageWireFormatTests : IDisposable
{
    private const string MessageJson = """{"sid":"MS1","account_sid":"AC123","channel_sid":"CH1","subscriber_sid":"SB1","status":"queuing"}""";
    private readonly TimerTrackingTimeProvider _time = new();
    private readonly ScriptedHttpMessageHandler _transport;
    private readonly EssentialClient _client;

    public EssentialMessageWireFormatTests()
    {
        _transport = new ScriptedHttpMessageHandler(_time);
        _client = new EssentialClient(new EssentialClientOptions
        {
            AccountSid = "AC123",
            AuthToken = "secret",
            BaseAddress = new Uri("https://essential.test"),
            Transport = _transport,
            TimeProvider = _time,
            Retry = { UseJitter = false },
        });
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_send_puts_the_number_in_the_path_and_leaves_out_what_is_at_its_default()
    {
        _transport.Respond(HttpStatusCode.Created, MessageJson);

        await _client.Messages.SendAsync("CH1", "+1 415 555 0101", new EssentialMessageRequest { Body = "Hi", Priority = EssentialMessagePriority.Low, Protocol = EssentialTransportProtocol.Long });

        var request = Assert.Single(_transport.Requests);
        Assert.Equal("https://essential.test/v2/account/channels/CH1/subscribers/4155550101/messages", request.Uri?.ToString());
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("Hi", body.RootElement.GetProperty("body").GetString());
        Assert.Equal("low", body.RootElement.GetProperty("priority").GetString());
        Assert.Equal("long", body.RootElement.GetProperty("protocol").GetString());
        Assert.False(body.RootElement.TryGetProperty("is_template", out _));
        Assert.False(body.RootElement.TryGetProperty("shorten_urls", out _));
        Assert.False(body.RootElement.TryGetProperty("media_urls", out _));
    }

    [Fact]
    public async Task The_account_level_send_names_the_subscriber_in_the_body()
    {
        _transport.Respond(HttpStatusCode.Created, MessageJson);

        await _client.Messages.SendToSubscriberAsync("sub_SB1", new EssentialMessageRequest { Body = "Hi", IsTemplate = true, ShortenUrls = true });

        var request = Assert.Single(_transport.Requests);
        Assert.Equal("https://essential.test/v2/account/messages", request.Uri?.ToString());
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("sub_SB1", body.RootElement.GetProperty("subscriber").GetString());
        Assert.True(body.RootElement.GetProperty("is_template").GetBoolean());
        Assert.True(body.RootElement.GetProperty("shorten_urls").GetBoolean());
    }

    [Fact]
    public async Task A_send_is_never_retried_after_an_ambiguous_failure()
    {
        _transport.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.BadGateway);

        var onChannel = await Assert.ThrowsAsync<SubscriberApiException>(() => _client.Messages.SendAsync("CH1", "SB1", new EssentialMessageRequest { Body = "Hi" }));
        var bySid = await Assert.ThrowsAsync<SubscriberApiException>(() => _client.Messages.SendToSubscriberAsync("SB1", new EssentialMessageRequest { Body = "Hi" }));

        Assert.Equal((502, 1), (onChannel.StatusCode, onChannel.Details.Attempts));
        Assert.Equal((502, 1), (bySid.StatusCode, bySid.Details.Attempts));
        Assert.Equal(2, _transport.RequestCount);
    }

    [Fact]
    public async Task A_search_is_retried_after_an_ambiguous_failure_since_it_changes_nothing()
    {
        _transport.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.OK, """{"total":0,"results":[]}""");

        var search = _client.Messages.SearchAsync().AsPages().FirstAsync().AsTask();
        await _time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(1)).WaitAsync(TimeSpan.FromSeconds(20));
        _time.Advance(TimeSpan.FromSeconds(1));
        var found = await search.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, found.Attempts);
        Assert.Equal(2, _transport.RequestCount);
    }

    [Fact]
    public async Task Search_filters_go_in_the_query_with_the_plus_encoded_and_times_in_utc()
    {
        _transport.Respond(HttpStatusCode.OK, """{"total":0,"results":[]}""");

        await _client.Messages.SearchAsync(new EssentialMessageSearch
        {
            Channel = "Main",
            ToPhoneNumber = "(415) 555-0101",
            FromPhoneNumber = "55555",
            StartTime = new DateTimeOffset(2026, 3, 21, 2, 0, 0, TimeSpan.FromHours(2)),
            Status = "sent",
        }, pageSize: 50).AsPages(continuationToken: "3").FirstAsync();

        var query = Assert.Single(_transport.Requests).Uri!.Query;
        Assert.Contains("channel=Main", query, StringComparison.Ordinal);
        Assert.Contains("to_phone_number=%2B14155550101", query, StringComparison.Ordinal);
        Assert.Contains("from_phone_number=55555", query, StringComparison.Ordinal);
        Assert.Contains("start_time=2026-03-21T00%3A00%3A00.000Z", query, StringComparison.Ordinal);
        Assert.Contains("page=3", query, StringComparison.Ordinal);
        Assert.Contains("per_page=50", query, StringComparison.Ordinal);
        Assert.DoesNotContain("end_time", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_ask_for_pages_by_number_so_a_link_to_another_host_is_never_followed()
    {
        _transport
            .Respond(HttpStatusCode.OK, """[{"sid":"CH1","name":"a"}]""", ("Link", "<https://elsewhere.example/v2/account/channels?page=2>; rel=\"next\""))
            .Respond(HttpStatusCode.OK, """[{"sid":"CH2","name":"b"}]""");

        var channels = await _client.Channels.ListAsync(pageSize: 1).ToListAsync();

        Assert.Equal(["CH1", "CH2"], channels.Select(c => c.Sid));
        Assert.Equal("https://essential.test/v2/account/channels?page=2&per_page=1", _transport.Requests[1].Uri?.ToString());
        Assert.All(_transport.Requests, request => Assert.Equal("essential.test", request.Uri?.Host));
    }
}
