using System.Net;
using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class CatalogStateAndSeedTests
{
    [Fact]
    public async Task Transports_campaigns_and_sent_messages_survive_an_export_and_import()
    {
        using var source = SimulatorServer.CreateInMemory();
        using var tenant = EssentialTenant.Create(source, welcomeMessage: null);
        tenant.Engine.AddTransport(tenant.AccountSid, tenant.ChannelSid, new EssentialTransportDefinition { Endpoint = "55555", Active = false });
        tenant.Engine.AddCampaign(tenant.AccountSid, tenant.ChannelSid, new EssentialCampaignDefinition { Name = "Sent", Delivered = 3, Pending = 1, IncludeNumbers = ["5009998600"] });
        tenant.Engine.AddCampaign(tenant.AccountSid, tenant.ChannelSid, new EssentialCampaignDefinition { Name = "Draft", Status = "draft" });
        await tenant.UpsertAsync("""{"phone_number":"5009998600"}""");
        await tenant.SendAsync(HttpMethod.Post, $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/5009998600/messages",
            """{"media_urls":["https://example.com/a.png"],"external_owner_id":"x","is_template":true}""");
        var before = await ReadAllAsync(tenant);

        using var target = SimulatorServer.CreateInMemory();
        target.GetEngine<EssentialEngine>().ImportState(JsonNode.Parse(tenant.Engine.ExportState().ToJsonString())!);
        using var imported = Reconnect(target, tenant);

        Assert.Equal(before, await ReadAllAsync(imported));
        Assert.Equal(tenant.Engine.ListMessages(tenant.AccountSid).Select(m => m.ToJsonString()), imported.Engine.ListMessages(tenant.AccountSid).Select(m => m.ToJsonString()));
    }

    [Fact]
    public async Task A_state_written_before_transports_existed_loads_and_gives_each_channel_its_transport()
    {
        using var source = SimulatorServer.CreateInMemory();
        using var tenant = EssentialTenant.Create(source);
        var subscriber = await tenant.UpsertAsync("""{"phone_number":"5009998601"}""");
        var state = tenant.Engine.ExportState();
        var accountState = state["tenants"]![0]!["state"]!.AsObject();
        accountState.Remove("transports");
        accountState.Remove("campaigns");
        accountState.Remove("messages");

        using var target = SimulatorServer.CreateInMemory();
        target.GetEngine<EssentialEngine>().ImportState(JsonNode.Parse(state.ToJsonString())!);
        using var imported = Reconnect(target, tenant);
        var transports = await imported.SendAsync(HttpMethod.Get, "/essential/v2/account/transports");
        var sent = await imported.SendAsync(HttpMethod.Post, $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/5009998601/messages", """{"body":"Hi"}""");

        Assert.Equal(subscriber.Str("transport_sid"), transports.Body.EnumerateArray().Single().GetProperty("sid").GetString());
        Assert.Equal(HttpStatusCode.Created, sent.Status);
        Assert.Equal(subscriber.Str("transport_sid"), sent.Str("transport_sid"));
    }

    [Fact]
    public void A_message_of_a_channel_the_state_does_not_have_is_refused_whole()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = EssentialTenant.Create(server);
        var state = tenant.Engine.ExportState();
        state["tenants"]![0]!["state"]!["campaigns"]!.AsArray().Add(new JsonObject { ["sid"] = "c1", ["channel_sid"] = "NoSuchChannel000000000" });

        var error = Assert.Throws<InvalidDataException>(() => tenant.Engine.ImportState(JsonNode.Parse(state.ToJsonString())!));

        Assert.Contains("Essential", error.Message, StringComparison.Ordinal);
        Assert.True(tenant.Engine.HasAccount(tenant.AccountSid));
    }

    [Fact]
    public async Task The_demo_seed_has_a_number_a_short_code_and_two_campaigns()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<EssentialEngine>();
        engine.SeedDemo();
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = EssentialTenant.BasicAuth("essentialDemoAccount01", "demo-token-essential");

        var transports = await EssentialResponse.ReadAsync(await client.GetAsync("/essential/v2/account/transports"));
        var campaigns = await EssentialResponse.ReadAsync(await client.GetAsync("/essential/v2/account/campaigns"));

        Assert.Equal(["+12065550100", "55555"], transports.Body.EnumerateArray().Select(t => t.GetProperty("endpoint").GetString()));
        Assert.Equal(["sent", "draft"], campaigns.Body.EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal("essentialDemoCampaign1", campaigns.Body[0].GetProperty("sid").GetString());
    }

    private static EssentialTenant Reconnect(SimulatorServer server, EssentialTenant tenant) =>
        EssentialTenant.Attach(server, tenant.Credentials, tenant.ChannelSid);

    private static async Task<string> ReadAllAsync(EssentialTenant tenant)
    {
        var transports = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/transports");
        var campaigns = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/campaigns");
        var search = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/messages/search");
        return transports.Raw + campaigns.Raw + search.Raw;
    }
}
