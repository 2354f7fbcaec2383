using System.Net;
using SubscriberSimulator.Engines.Sequenzy;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ControlAndStateTests
{
    [Fact]
    public async Task A_workspace_created_over_the_control_api_is_usable_with_its_key()
    {
        using var sim = SequenzySim.Create();

        var created = await sim.PostAsync("/__sim/sequenzy/tenants", """
            {"id": "ws_http", "apiKey": "sk_live_http", "doubleOptIn": true,
             "lists": [{"id": "list_a", "name": "A"}], "defaultListIds": ["list_a"]}
            """);
        using var client = sim.ClientFor("sk_live_http");
        var subscriber = await sim.PostAsync("/subscribers", """{"email": "h@example.com", "optInMode": "confirmed"}""", client);
        var listed = await sim.GetAsync("/__sim/sequenzy/tenants/ws_http/subscribers");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.True(created.Bool("doubleOptIn"));
        Assert.Equal(HttpStatusCode.OK, subscriber.Status);
        var stored = Assert.Single(listed.Json.EnumerateArray());
        Assert.Equal("h@example.com", stored.GetProperty("email").GetString());
        Assert.Equal("list_a", stored.GetProperty("listIds")[0].GetString());
    }

    [Fact]
    public async Task Control_errors_are_clear_and_change_nothing()
    {
        using var sim = SequenzySim.Create();

        var duplicate = await sim.PostAsync("/__sim/sequenzy/tenants", """{"id": "ws_test"}""");
        var badDefault = await sim.PostAsync("/__sim/sequenzy/tenants", """{"id": "ws_new", "defaultListIds": ["list_x"]}""");
        var unknownField = await sim.PostAsync("/__sim/sequenzy/tenants", """{"id": "ws_new", "doubleOptin": true}""");
        var missing = await sim.GetAsync("/__sim/sequenzy/tenants/ws_missing/subscribers");
        var noSubscriber = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/unsubscribe-link", """{"email": "ghost@example.com"}""");

        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badDefault.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.NotFound, noSubscriber.Status);
        Assert.Single(sim.Engine.ListWorkspaces());
    }

    [Fact]
    public async Task A_workspace_description_shows_its_keys_scopes_lists_and_send_failure()
    {
        using var sim = SequenzySim.Create();
        sim.Engine.AddApiKey(sim.WorkspaceId, "sk_live_reader", "subscribers:read");
        await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/send-failure", """{"enabled": true}""");

        var described = await sim.GetAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}");
        var listed = await sim.GetAsync("/__sim/sequenzy/tenants");

        Assert.Equal(HttpStatusCode.OK, described.Status);
        Assert.Equal(sim.Workspace.ApiKey, described.String("apiKey"));
        var keys = described.Json.GetProperty("apiKeys");
        Assert.Equal("sk_live_reader", keys[1].GetProperty("key").GetString());
        Assert.Equal(["subscribers:read"], SequenzyReply.Strings(keys[1].GetProperty("scopes")));
        Assert.Equal("always", described.String("sendFailure"));
        Assert.Equal([SequenzySim.NewsList, SequenzySim.BetaList], described.Json.GetProperty("lists").EnumerateArray().Select(list => list.GetProperty("id").GetString()));
        Assert.Equal(sim.WorkspaceId, Assert.Single(listed.Json.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Lists_and_the_double_opt_in_setting_can_be_changed_by_control()
    {
        using var sim = SequenzySim.Create();

        var list = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/lists", """{"id": "list_vip", "name": "VIP", "default": true}""");
        await sim.PatchAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}", """{"doubleOptIn": true}""");
        await sim.CreateAsync("""{"email": "v@example.com"}""");
        var confirmed = sim.Engine.ConfirmOptIn(sim.WorkspaceId, "v@example.com");

        Assert.Equal(HttpStatusCode.Created, list.Status);
        Assert.Equal([SequenzySim.NewsList, "list_vip"], confirmed.ListIds);
    }

    [Fact]
    public async Task State_export_and_import_round_trip_and_reset_clears_everything()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        await sim.CreateAsync("""{"email": "s@example.com", "externalId": "S", "tags": ["t"], "customAttributes": {"n": [1, "two"]}}""");
        await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "i@example.com"}], "idempotencyKey": "k1"}""");
        // Through text, as the state file stores it.
        var exported = sim.Engine.ExportState().ToJsonString();
        var snapshot = sim.Snapshot();

        sim.Engine.Reset();
        var afterReset = await sim.GetAsync("/lists");
        sim.Engine.ImportState(System.Text.Json.Nodes.JsonNode.Parse(exported)!);
        var replay = await sim.PostAsync("/subscribers/imports", """{"subscribers": [{"email": "i@example.com"}], "idempotencyKey": "k1"}""");
        var next = await sim.CreateAsync("""{"email": "n@example.com", "optInMode": "confirmed"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, afterReset.Status);
        Assert.Equal(snapshot, JsonSerializerSnapshot(sim, exclude: "n@example.com"));
        Assert.True(replay.Bool("deduplicated"));
        Assert.DoesNotContain(next.Subscriber.GetProperty("id").GetString(), sim.Subscribers.Take(2).Select(s => s.Id));
        Assert.Equal(sim.Stored("s@example.com").ConfirmationToken, sim.Outbox[0].Metadata["token"]);
    }

    [Fact]
    public async Task A_malformed_state_is_refused_and_leaves_the_engine_unchanged()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "keep@example.com"}""");

        Assert.Throws<InvalidDataException>(() => sim.Engine.ImportState(System.Text.Json.Nodes.JsonNode.Parse("""{"workspaces": 5}""")!));

        Assert.Equal("keep@example.com", Assert.Single(sim.Subscribers).Email);
    }

    [Fact]
    public void Seed_demo_creates_the_documented_workspace_once()
    {
        using var sim = SequenzySim.Create();

        var lines = sim.Engine.SeedDemo();
        sim.Engine.SeedDemo();
        var demo = sim.Engine.GetWorkspace(SequenzyEngine.DemoWorkspaceId);

        Assert.Contains(lines, line => line.Contains(SequenzyEngine.DemoApiKey, StringComparison.Ordinal));
        Assert.Equal(SequenzyEngine.DemoApiKey, demo.ApiKey);
        Assert.Equal([SequenzyEngine.DemoListId], demo.DefaultListIds);
        Assert.Equal(2, sim.Engine.ListWorkspaces().Count);
    }

    [Fact]
    public void The_engine_is_registered_among_the_built_in_engines()
    {
        using var server = SimulatorServer.CreateInMemory();

        Assert.Contains(server.Engines, engine => engine is SequenzyEngine && engine.PathPrefix == "/sequenzy");
        Assert.IsType<SequenzyEngine>(server.Engines.Single(engine => engine.Id == "sequenzy"));
    }

    private static string JsonSerializerSnapshot(SequenzySim sim, string exclude) =>
        System.Text.Json.JsonSerializer.Serialize(sim.Subscribers.Where(subscriber => subscriber.Email != exclude));
}
