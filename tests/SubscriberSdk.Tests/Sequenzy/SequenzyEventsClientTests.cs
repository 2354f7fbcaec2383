using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Sequenzy;

public sealed class SequenzyEventsClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_purchase_creates_the_subscriber_and_applies_the_sync_rule_tags()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "buy@example.com", Tags = ["lead"] });

        var response = await tenant.Client.Events.TriggerAsync(new SequenzyEventRequest
        {
            Email = "Buy@Example.com",
            Event = "saas.purchase",
            Properties = new Dictionary<string, object?> { ["amount"] = 49, ["plan"] = "pro" },
        });

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("saas.purchase", response.Value.Event?.Name);
        Assert.True(response.Value.Event?.DefinitionCreated);
        Assert.Equal(["customer"], response.Value.Subscriber?.Tags);
        Assert.Null(response.Value.OptIn);
    }

    [Fact]
    public async Task A_repeated_event_id_is_reported_as_a_duplicate()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var request = new SequenzyEventRequest { Email = "dup@example.com", Event = "signup", EventId = "evt-7" };

        await tenant.Client.Events.TriggerAsync(request);
        var replay = await tenant.Client.Events.TriggerAsync(request);

        Assert.True(replay.Value.Duplicate);
        Assert.Single(tenant.Engine.ListEvents(tenant.Workspace.Id));
    }

    [Fact]
    public async Task Several_events_for_one_subscriber_are_recorded_in_order()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var response = await tenant.Client.Events.TriggerManyAsync(new SequenzyEventBatch
        {
            Email = "many@example.com",
            Events = [new SequenzyEventItem { Name = "saas.trial_started" }, new SequenzyEventItem { Name = "saas.purchase", EventId = "p-1" }],
        });

        Assert.Equal(["saas.trial_started", "saas.purchase"], response.Value.Events.Select(e => e.Name));
        Assert.Equal(["customer", "trial"], response.Value.Subscriber?.Tags.Order());
    }

    [Fact]
    public async Task An_import_reports_per_event_failures_and_replays_as_duplicates()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        SequenzyImportEvent[] events =
        [
            new() { EventId = "i-1", Name = "saas.purchase", Email = "imp@example.com" },
            new() { EventId = "i-2", Name = "saas.purchase", ExternalId = "nobody" },
        ];

        var first = await tenant.Client.Events.ImportAsync(events);
        var second = await tenant.Client.Events.ImportAsync(events);

        Assert.Equal(1, first.Value.Recorded);
        Assert.Equal(1, Assert.Single(first.Value.Failures).Index);
        Assert.Equal(1, second.Value.Duplicates);
        Assert.Equal(0, second.Value.Recorded);
    }

    [Fact]
    public async Task A_brand_new_subscriber_under_double_opt_in_comes_back_with_the_opt_in_state()
    {
        using var tenant = new SequenzyTestTenant(simulator, doubleOptIn: true);

        var response = await tenant.Client.Events.TriggerAsync(new SequenzyEventRequest { Email = "doi@example.com", Event = "saas.trial_started" });

        Assert.True(response.Value.OptIn?.Required);
        Assert.True(response.Value.OptIn?.EmailQueued);
        Assert.Single(tenant.Outbox(), m => m.Kind == "double-opt-in");
    }

    [Fact]
    public async Task An_unknown_external_id_alone_is_ResourceNotFound()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            tenant.Client.Events.TriggerAsync(new SequenzyEventRequest { ExternalId = "nobody", Event = "signup" }));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Requests_that_cannot_succeed_are_refused_before_sending()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var events = tenant.Client.Events;

        var noIdentity = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => events.TriggerAsync(new SequenzyEventRequest { Event = "signup" }));
        var noName = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => events.TriggerAsync(new SequenzyEventRequest { Email = "a@example.com" }));
        var badEmail = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => events.TriggerAsync(new SequenzyEventRequest { Email = "nope", Event = "signup" }));
        var longName = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            events.TriggerAsync(new SequenzyEventRequest { Email = "a@example.com", Event = new string('e', 256) }));
        var tooMany = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => events.TriggerManyAsync(new SequenzyEventBatch
        {
            Email = "a@example.com",
            Events = [.. Enumerable.Range(0, 501).Select(i => new SequenzyEventItem { Name = $"e{i}" })],
        }));
        var noEventId = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            events.ImportAsync([new SequenzyImportEvent { Name = "signup", Email = "a@example.com" }]));

        Assert.Equal("request", noIdentity.ParamName);
        Assert.Equal("request.Event", noName.ParamName);
        Assert.Equal("request.Email", badEmail.ParamName);
        Assert.Equal("request.Event", longName.ParamName);
        Assert.Equal("batch.Events", tooMany.ParamName);
        Assert.Equal("events[0].EventId", noEventId.ParamName);
        Assert.Empty(tenant.Engine.ListEvents(tenant.Workspace.Id));
    }
}
