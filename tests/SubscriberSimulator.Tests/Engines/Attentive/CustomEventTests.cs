using System.Net;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>POST /v1/events/custom: events recorded on users, with their journey window and de-duplication.</summary>
public sealed class CustomEventTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task An_event_is_recorded_on_its_user_and_the_answer_is_200_without_a_body()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.RecordCustomEventAsync("""
            {"type":"Order Shipped","properties":{"mediaUrl":"https://cdn.example.com/a.jpg","Order Id":"54321","items":[1,2]},
             "externalEventId":"37fb97a9-6cfd-4983-bd65-68d104d53b70","user":{"phone":"+19148440001"}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Undefined, response.Body.ValueKind);
        var recorded = Assert.Single(tenant.UserByPhone("+19148440001")!.CustomEvents);
        Assert.Equal("Order Shipped", recorded.Type);
        Assert.Equal("37fb97a9-6cfd-4983-bd65-68d104d53b70", recorded.ExternalEventId);
        Assert.True(recorded.TriggersJourneys);
        Assert.Equal("54321", JsonDocument.Parse(recorded.PropertiesJson!).RootElement.GetProperty("Order Id").GetString());
        Assert.Equal(fixture.Server.Clock.GetUtcNow(), recorded.OccurredAt, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_repeated_external_event_id_is_accepted_but_recorded_once_and_events_without_one_are_all_recorded()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        const string WithId = """{"type":"Signed Up","externalEventId":"evt-1","user":{"email":"e@example.com"}}""";
        const string WithoutId = """{"type":"Viewed","user":{"email":"e@example.com"}}""";

        var first = await tenant.RecordCustomEventAsync(WithId);
        var repeat = await tenant.RecordCustomEventAsync(WithId);
        await tenant.RecordCustomEventAsync(WithoutId);
        await tenant.RecordCustomEventAsync(WithoutId);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, repeat.Status);
        Assert.Equal(["Signed Up", "Viewed", "Viewed"], tenant.UserByEmail("e@example.com")!.CustomEvents.Select(recorded => recorded.Type));
    }

    [Fact]
    public async Task An_event_older_than_12_hours_is_recorded_but_triggers_no_journey()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var now = fixture.Server.Clock.GetUtcNow();
        var old = now.AddHours(-13).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var recent = now.AddHours(-11).ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

        await tenant.RecordCustomEventAsync($$$"""{"type":"Old","occurredAt":"{{{old}}}","user":{"phone":"+19148440002"}}""");
        await tenant.RecordCustomEventAsync($$$"""{"type":"Recent","occurredAt":"{{{recent}}}","user":{"phone":"+19148440002"}}""");

        var events = tenant.UserByPhone("+19148440002")!.CustomEvents;
        Assert.Equal([false, true], events.Select(recorded => recorded.TriggersJourneys));
        Assert.Equal(now.AddHours(-13), events[0].OccurredAt, TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("""{"type":"Order (shipped)","user":{"phone":"+19148440003"}}""", "type")]
    [InlineData("""{"type":"a,b","user":{"phone":"+19148440003"}}""", "type")]
    [InlineData("""{"type":"","user":{"phone":"+19148440003"}}""", "type")]
    [InlineData("""{"type":"Ok","properties":{"bad|key":1},"user":{"phone":"+19148440003"}}""", "properties")]
    [InlineData("""{"type":"Ok","occurredAt":"2026-11-02T14:38:29","user":{"phone":"+19148440003"}}""", "occurredAt")]
    [InlineData("""{"type":"Ok","occurredAt":"yesterday","user":{"phone":"+19148440003"}}""", "occurredAt")]
    [InlineData("""{"type":"Ok"}""", "user")]
    [InlineData("""{"type":"Ok","user":{"email":"not-an-email"}}""", "email")]
    public async Task Bad_input_is_a_400_naming_the_field_and_nothing_is_recorded(string body, string field)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var message = await tenant.AssertRefusedWithoutChangeAsync(() => tenant.RecordCustomEventAsync(body));

        Assert.Contains(field, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_named_only_by_unlinked_external_identifiers_is_a_404()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.RecordCustomEventAsync("""{"type":"Ok","user":{"externalIdentifiers":{"clientUserId":"nobody"}}}""");

        response.AssertError(HttpStatusCode.NotFound);
    }
}
