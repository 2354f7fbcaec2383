using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class EventTests
{
    [Fact]
    public async Task A_purchase_creates_the_subscriber_and_runs_the_built_in_sync_rule()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "buyer@example.com", "tags": ["lead", "churned", "vip"]}""");

        var reply = await sim.PostAsync("/subscribers/events", """{"email": "Buyer@Example.com", "event": "saas.purchase", "properties": {"amount": 49}}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("saas.purchase", reply.String("event", "name"));
        Assert.True(reply.Bool("event", "definitionCreated"));
        Assert.Equal(["customer", "vip"], sim.Stored("buyer@example.com").Tags.Order());
        Assert.Contains(sim.Engine.ListTagDefinitions(sim.WorkspaceId), tag => tag.Name == "customer");
        Assert.Single(sim.Engine.ListEvents(sim.WorkspaceId));
    }

    [Fact]
    public async Task An_unknown_email_creates_an_active_subscriber_with_the_default_lists_and_its_first_name()
    {
        using var sim = SequenzySim.Create();

        var reply = await sim.PostAsync("/subscribers/events", """{"email": "new@example.com", "event": "saas.trial_started", "firstName": "Nia"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var stored = sim.Stored("new@example.com");
        Assert.Equal("active", stored.Status);
        Assert.Equal("Nia", stored.FirstName);
        Assert.Equal([SequenzySim.NewsList], stored.ListIds);
        Assert.Equal(["trial"], stored.Tags);
        Assert.False(reply.Json.TryGetProperty("optIn", out _));
    }

    [Fact]
    public async Task A_repeated_event_id_records_nothing_and_says_duplicate()
    {
        using var sim = SequenzySim.Create();
        const string body = """{"email": "dup@example.com", "event": "saas.refund", "eventId": "evt-1"}""";

        await sim.PostAsync("/subscribers/events", body);
        await sim.PostAsync("/subscribers/tags/remove", """{"email": "dup@example.com", "tag": "refunded"}""");
        var replay = await sim.PostAsync("/subscribers/events", body);

        Assert.Equal(HttpStatusCode.OK, replay.Status);
        Assert.True(replay.Bool("duplicate"));
        Assert.Single(sim.Engine.ListEvents(sim.WorkspaceId));
        Assert.Empty(sim.Stored("dup@example.com").Tags);
    }

    [Fact]
    public async Task An_event_older_than_an_hour_is_history_without_tag_changes()
    {
        using var sim = SequenzySim.Create();
        var occurredAt = sim.Server.Clock.GetUtcNow().AddDays(-3).ToString("O");

        var reply = await sim.PostAsync("/subscribers/events", $$"""{"email": "old@example.com", "event": "saas.purchase", "occurredAt": "{{occurredAt}}"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.True(reply.Bool("historical"));
        Assert.Empty(sim.Stored("old@example.com").Tags);
    }

    [Fact]
    public async Task Bad_events_are_refused_and_change_nothing()
    {
        using var sim = SequenzySim.Create();
        var future = sim.Server.Clock.GetUtcNow().AddHours(1).ToString("O");
        var before = sim.Snapshot();

        SequenzySim.AssertError(await sim.PostAsync("/subscribers/events", """{"event": "saas.purchase"}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/events", """{"email": "x@example.com"}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/events", $$"""{"email": "x@example.com", "event": "e", "occurredAt": "{{future}}"}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/events", """{"externalId": "nobody", "event": "e"}"""), HttpStatusCode.NotFound);

        Assert.Equal(before, sim.Snapshot());
        Assert.Empty(sim.Engine.ListEvents(sim.WorkspaceId));
    }

    [Fact]
    public async Task Email_and_external_id_of_two_subscribers_is_a_conflict()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "one@example.com", "externalId": "ext-1"}""");
        await sim.CreateAsync("""{"email": "two@example.com", "externalId": "ext-2"}""");

        var reply = await sim.PostAsync("/subscribers/events", """{"email": "one@example.com", "externalId": "ext-2", "event": "saas.churn"}""");

        SequenzySim.AssertError(reply, HttpStatusCode.Conflict);
        Assert.Empty(sim.Engine.ListEvents(sim.WorkspaceId));
    }

    [Fact]
    public async Task Several_events_for_one_subscriber_apply_in_order_and_a_bad_one_records_nothing()
    {
        using var sim = SequenzySim.Create();

        var bad = await sim.PostAsync("/subscribers/events/bulk", """{"email": "many@example.com", "events": [{"name": "saas.purchase"}, {"name": ""}]}""");
        var good = await sim.PostAsync("/subscribers/events/bulk", """{"email": "many@example.com", "events": [{"name": "saas.purchase"}, {"name": "saas.churn"}]}""");

        SequenzySim.AssertError(bad, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, good.Status);
        Assert.Equal(2, good.Json.GetProperty("events").GetArrayLength());
        Assert.Equal(["churned"], sim.Stored("many@example.com").Tags);
        Assert.Equal(2, sim.Engine.ListEvents(sim.WorkspaceId).Count);
    }

    [Fact]
    public async Task An_import_reports_per_event_failures_and_counts_repeats_as_duplicates()
    {
        using var sim = SequenzySim.Create();
        const string body = """
            {"events": [
              {"eventId": "a", "name": "saas.purchase", "email": "imp@example.com"},
              {"eventId": "b", "name": "saas.purchase", "email": "not-an-email"},
              {"eventId": "c", "name": "saas.purchase", "externalId": "nobody"}
            ]}
            """;

        var first = await sim.PostAsync("/events/bulk", body);
        var second = await sim.PostAsync("/events/bulk", body);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(1, first.Int("recorded"));
        Assert.Equal(2, first.Int("failed"));
        Assert.Equal([1, 2], first.Json.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("index").GetInt32()));
        Assert.Equal(0, second.Int("recorded"));
        Assert.Equal(1, second.Int("duplicates"));
        Assert.Equal(["customer"], sim.Stored("imp@example.com").Tags);
    }

    [Fact]
    public async Task An_import_event_without_an_event_id_fails_the_request()
    {
        using var sim = SequenzySim.Create();

        var reply = await sim.PostAsync("/events/bulk", """{"events": [{"name": "saas.purchase", "email": "x@example.com"}]}""");

        SequenzySim.AssertError(reply, HttpStatusCode.BadRequest);
        Assert.Empty(sim.Subscribers);
    }

    [Fact]
    public async Task A_brand_new_subscriber_under_workspace_double_opt_in_is_pending_with_the_rule_tags_applied()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);

        var reply = await sim.PostAsync("/subscribers/events", """{"email": "doi@example.com", "event": "saas.trial_started"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.True(reply.Bool("optIn", "required"));
        Assert.True(reply.Bool("optIn", "emailQueued"));
        var stored = sim.Stored("doi@example.com");
        Assert.Equal("unsubscribed", stored.Status);
        Assert.True(stored.PendingConfirmation);
        Assert.Equal(["trial"], stored.Tags);
        Assert.Equal("double-opt-in", Assert.Single(sim.Outbox).Kind);
    }

    [Fact]
    public async Task An_existing_subscriber_never_gets_a_confirmation_email_from_an_event()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        await sim.CreateAsync("""{"email": "known@example.com", "optInMode": "confirmed"}""");

        var reply = await sim.PostAsync("/subscribers/events", """{"email": "known@example.com", "event": "saas.purchase"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.False(reply.Json.TryGetProperty("optIn", out _));
        Assert.Empty(sim.Outbox);
    }

    [Fact]
    public async Task The_events_path_is_never_read_as_an_email()
    {
        using var sim = SequenzySim.Create();

        var post = await sim.PostAsync("/subscribers/events", """{"email": "route@example.com", "event": "signup"}""");
        var get = await sim.GetAsync("/subscribers/events");
        var byEmail = await sim.GetAsync("/subscribers/route@example.com");

        Assert.Equal(HttpStatusCode.OK, post.Status);
        SequenzySim.AssertError(get, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, byEmail.Status);
    }
}
