using System.Net;
using System.Text.Json;
using SubscriberSdk.Essential;
using SubscriberSdk.TestSupport.Http;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Essential;

/// <summary>What the Essential facade puts on the wire, checked against a scripted transport.</summary>
public sealed class EssentialWireFormatTests
{
    private readonly TimerTrackingTimeProvider _time = new();
    private readonly ScriptedHttpMessageHandler _transport;
    private readonly EssentialClient _client;

    public EssentialWireFormatTests()
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

    [Fact]
    public async Task Upsert_sends_snake_case_fields_basic_auth_and_the_workflow_arguments()
    {
        _transport.Respond(HttpStatusCode.Created, "{\"sid\":\"SB1\",\"phone_number\":\"4155550101\"}");

        var response = await _client.Subscribers.UpsertAsync("CH1", new EssentialUpsertRequest
        {
            PhoneNumber = "(415) 555-0101",
            Welcome = EssentialWelcome.Workflow("WF1", new Dictionary<string, object?> { ["coupon"] = "TEN", ["count"] = 2 }),
        });

        var request = Assert.Single(_transport.Requests);
        Assert.Equal("https://essential.test/v2/account/channels/CH1/subscribers/upsert", request.Uri?.ToString());
        Assert.Equal($"Basic {Convert.ToBase64String("AC123:secret"u8.ToArray())}", request.Header("Authorization"));
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("+14155550101", body.RootElement.GetProperty("phone_number").GetString());
        Assert.Equal("WF1", body.RootElement.GetProperty("workflow_sid_to_start").GetString());
        Assert.Equal("TEN", body.RootElement.GetProperty("workflow_kwargs").GetProperty("coupon").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("workflow_kwargs").GetProperty("count").GetInt32());
        Assert.False(body.RootElement.TryGetProperty("send_welcome_series", out _));
        Assert.Equal(OperationOutcome.Created, response.Outcome);
        Assert.Equal("SB1", response.Value.Sid);
    }

    [Fact]
    public async Task Empty_tags_and_properties_are_sent_to_clear_them()
    {
        _transport.Respond(HttpStatusCode.OK, "{}");

        await _client.Subscribers.UpsertAsync("CH1", new EssentialUpsertRequest
        {
            PhoneNumber = "4155550101",
            TagSids = [],
            Properties = new Dictionary<string, string>(),
        });

        using var body = JsonDocument.Parse(_transport.Requests[0].Body!);
        Assert.Equal(0, body.RootElement.GetProperty("tag_sids").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("properties").ValueKind);
    }

    [Fact]
    public async Task An_unreadable_success_body_is_a_SubscriberApiException_not_a_Kiota_one()
    {
        _transport.Respond(HttpStatusCode.OK, "{\"sid\": [unterminated");

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => _client.Subscribers.GetAsync("SB1"));

        Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task The_upsert_is_retried_as_a_natural_key_upsert_but_create_is_not()
    {
        _transport.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.Created, "{}").Respond(HttpStatusCode.BadGateway);

        var upsert = _client.Subscribers.UpsertAsync("CH1", new EssentialUpsertRequest { PhoneNumber = "4155550101" });
        await _time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(1)).WaitAsync(TimeSpan.FromSeconds(20));
        _time.Advance(TimeSpan.FromSeconds(1));
        var upserted = await upsert.WaitAsync(TimeSpan.FromSeconds(20));
        var create = await Assert.ThrowsAsync<SubscriberApiException>(() => _client.Subscribers.CreateAsync("CH1", "4155550101"));

        Assert.Equal(2, upserted.Attempts);
        Assert.Equal(502, create.StatusCode);
        Assert.Equal(3, _transport.RequestCount);
    }
}
