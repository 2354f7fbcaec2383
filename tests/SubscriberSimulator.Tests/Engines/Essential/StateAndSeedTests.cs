using System.Net;
using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class StateAndSeedTests
{
    [Fact]
    public async Task Exported_state_imports_into_a_fresh_engine_with_the_same_observable_data()
    {
        using var source = SimulatorServer.CreateInMemory();
        using var tenant = EssentialTenant.Create(source);
        var gold = UpsertTagsAndPropertiesTests.AddTag(tenant, "Gold");
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Once", MaxSubscriberExecutions = 1 });
        tenant.Engine.SeedCarrier(tenant.AccountSid, "2025550100", EssentialCarrierKind.Landline);
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998210","tag_sids":["{{{gold}}}"],"properties":{"a":"b"},"workflow_sid_to_start":"{{{workflow}}}"}""");
        await tenant.UpsertAsync("""{"phone_number":"5009998211","status":"unconfirmed"}""");
        var state = tenant.Engine.ExportState().ToJsonString();

        using var target = SimulatorServer.CreateInMemory();
        var engine = target.GetEngine<EssentialEngine>();
        engine.ImportState(JsonNode.Parse(state)!);
        var imported = engine.ListSubscribers(tenant.AccountSid).Select(s => s.ToJsonString()).ToList();
        using var client = target.CreateClient();
        client.DefaultRequestHeaders.Authorization = EssentialTenant.BasicAuth(tenant.AccountSid, tenant.Credentials.AuthToken);
        using var again = await client.PostAsync(tenant.UpsertPath, Content($$$"""{"phone_number":"5009998210","workflow_sid_to_start":"{{{workflow}}}"}"""));
        using var landline = await client.PostAsync(tenant.UpsertPath, Content("""{"phone_number":"2025550100"}"""));
        var tags = await EssentialResponse.ReadAsync(await client.GetAsync($"/essential/v2/account/channels/{tenant.ChannelSid}/tags"));

        Assert.Equal(tenant.Engine.ListSubscribers(tenant.AccountSid).Select(s => s.ToJsonString()), imported);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(engine.ListWorkflowExecutions(tenant.AccountSid));
        Assert.Equal(HttpStatusCode.PreconditionFailed, landline.StatusCode);
        Assert.Equal(1, tags.Body[0].GetProperty("num_subscribers_total").GetInt32());
    }

    [Fact]
    public void A_broken_state_section_is_refused_and_the_running_state_is_kept()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<EssentialEngine>();
        var credentials = engine.CreateAccount();

        var error = Assert.Throws<InvalidDataException>(() => engine.ImportState(JsonNode.Parse("""{"accounts":[{"sid":"x"}]}""")!));

        Assert.Contains("Essential", error.Message, StringComparison.Ordinal);
        Assert.True(engine.HasAccount(credentials.AccountSid));
    }

    [Fact]
    public void Reset_forgets_every_account()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<EssentialEngine>();
        var credentials = engine.CreateAccount();

        engine.Reset();

        Assert.False(engine.HasAccount(credentials.AccountSid));
    }

    [Fact]
    public async Task The_demo_seed_prints_working_credentials_and_is_idempotent()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<EssentialEngine>();

        var lines = engine.SeedDemo();
        var again = engine.SeedDemo();
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = EssentialTenant.BasicAuth("essentialDemoAccount01", "demo-token-essential");
        using var vip = await client.PostAsync(
            "/essential/v2/account/channels/essentialDemoChannel01/subscribers/upsert",
            Content("""{"phone_number":"5009998220","tag_sids":["essentialDemoTagVip001"],"send_welcome_series":true}"""));
        using var landline = await client.PostAsync(
            "/essential/v2/account/channels/essentialDemoChannel01/subscribers/upsert", Content("""{"phone_number":"2025550100"}"""));

        Assert.Contains(lines, line => line.Contains("essentialDemoAccount01:demo-token-essential", StringComparison.Ordinal));
        Assert.Equal(lines, again);
        Assert.Equal(HttpStatusCode.Created, vip.StatusCode);
        Assert.Equal(["Welcome, VIP!", "Your perks start today."], server.Outbox.List("essential", "essentialDemoAccount01").Select(m => m.Body));
        Assert.Equal(HttpStatusCode.PreconditionFailed, landline.StatusCode);
    }

    [Fact]
    public void The_csharp_seeding_api_reports_mistakes_as_argument_exceptions()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<EssentialEngine>();
        var credentials = engine.CreateAccount();

        Assert.Throws<ArgumentException>(() => engine.AddChannel("no-such-account", new EssentialChannelDefinition { Name = "x" }));
        Assert.Throws<ArgumentException>(() => engine.AddTag(credentials.AccountSid, "no-such-channel", "Gold"));
        Assert.Throws<ArgumentException>(() => engine.SeedCarrier(credentials.AccountSid, "123", EssentialCarrierKind.Landline));
    }

    private static StringContent Content(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
