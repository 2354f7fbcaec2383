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

    [Fact]
    public async Task An_event_without_an_event_id_is_not_repeated_after_an_ambiguous_failure()
    {
        _transport.Respond(HttpStatusCode.ServiceUnavailable).Otherwise(HttpStatusCode.OK, "{\"success\":true}");

        await Assert.ThrowsAnyAsync<SubscriberApiException>(() =>
            _client.Events.TriggerAsync(new SequenzyEventRequest { Email = "a@example.com", Event = "signup" }).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(1, _transport.RequestCount);
    }

    [Fact]
    public async Task An_event_with_an_event_id_is_repeated_unchanged()
    {
        _transport.Respond(HttpStatusCode.ServiceUnavailable).Otherwise(HttpStatusCode.OK, "{\"success\":true,\"event\":{\"id\":\"evt_1\",\"name\":\"signup\"}}");

        var call = _client.Events.TriggerAsync(new SequenzyEventRequest { Email = "a@example.com", Event = "signup", EventId = "e-1" });
        await _time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(1)).WaitAsync(TimeSpan.FromSeconds(20));
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await call.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, _transport.RequestCount);
        Assert.Equal(_transport.Requests[0].Body, _transport.Requests[1].Body);
        Assert.Equal("evt_1", response.Value.Event?.Id);
        Assert.Equal("/api/v1/subscribers/events", _transport.Requests[0].Uri?.AbsolutePath);
    }

    [Fact]
    public async Task A_note_is_never_repeated_after_an_ambiguous_failure()
    {
        _transport.Respond(HttpStatusCode.ServiceUnavailable).Otherwise(HttpStatusCode.OK, "{\"success\":true}");

        await Assert.ThrowsAnyAsync<SubscriberApiException>(() =>
            _client.Subscribers.AddNoteAsync(SequenzySubscriberKey.ByEmail("a@example.com"), "hello").WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(1, _transport.RequestCount);
    }

    [Fact]
    public async Task Path_and_query_forms_of_the_external_id_go_where_they_say()
    {
        _transport.Otherwise(HttpStatusCode.OK, "{\"success\":true,\"subscriber\":{\"id\":\"sub_1\"},\"note\":{\"id\":\"note_1\"}}");

        await _client.Subscribers.GetAsync(SequenzySubscriberKey.ByExternalIdInPath("crm 1"));
        await _client.Subscribers.GetAsync(SequenzySubscriberKey.ByExternalId("crm/1"));
        await _client.Subscribers.AddNoteAsync(SequenzySubscriberKey.ByExternalIdInPath("crm-2"), "n");

        Assert.Equal("/api/v1/subscribers/external/crm%201", _transport.Requests[0].Uri?.AbsolutePath);
        Assert.Equal("/api/v1/subscribers/external", _transport.Requests[1].Uri?.AbsolutePath);
        Assert.Contains("externalId=crm%2F1", _transport.Requests[1].Uri?.Query, StringComparison.Ordinal);
        Assert.Equal("/api/v1/subscribers/external/notes", _transport.Requests[2].Uri?.AbsolutePath);
        Assert.Contains("externalId=crm-2", _transport.Requests[2].Uri?.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enrolment_filters_go_out_as_comma_separated_wire_values()
    {
        _transport.Otherwise(HttpStatusCode.OK, "{\"success\":true,\"enrollments\":[],\"pagination\":{\"hasMore\":false}}");

        await _client.Sequences.ListEnrollmentsAsync("seq_1", new SequenzyEnrollmentFilter
        {
            Statuses = [SequenzyEnrollmentStatus.Active, SequenzyEnrollmentStatus.Cancelled],
            SubscriberIds = ["sub_1", "sub_2"],
            Sort = SequenzyEnrollmentSort.WaitUntilAsc,
        }, pageSize: 10).ToListAsync();

        var query = Uri.UnescapeDataString(_transport.Requests[0].Uri!.Query);
        Assert.Contains("status=active,cancelled", query, StringComparison.Ordinal);
        Assert.Contains("subscriberId=sub_1,sub_2", query, StringComparison.Ordinal);
        Assert.Contains("sort=wait_until_asc", query, StringComparison.Ordinal);
        Assert.Contains("limit=10", query, StringComparison.Ordinal);
        Assert.Contains("offset=0", query, StringComparison.Ordinal);
    }
}
