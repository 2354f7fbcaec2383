using System.Net;
using SubscriberSimulator.Engines.Attentive;

namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class StateAndSeedTests
{
    [Fact]
    public async Task Exported_state_imports_into_a_fresh_simulator_with_the_same_tokens_units_and_subscriptions()
    {
        string exported;
        string companyId;
        string token;
        using (var server = SimulatorServer.CreateInMemory())
        {
            using var tenant = AttentiveTenant.Create(server);
            await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001","externalIdentifiers":{"clientUserId":"u-1","customIdentifiers":[{"name":"crm","value":"c"}]}}""");
            await tenant.UnsubscribeAsync("""{"user":{"email":"ada@example.com"}}""");
            exported = server.GetEngine<AttentiveEngine>().ExportState().ToJsonString();
            companyId = tenant.CompanyId;
            token = tenant.Token;
        }

        using var restored = SimulatorServer.CreateInMemory();
        var engine = restored.GetEngine<AttentiveEngine>();
        engine.ImportState(System.Text.Json.Nodes.JsonNode.Parse(exported)!);
        using var client = restored.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/attentive/v1/subscriptions?email=ada%40example.com");
        request.Headers.Authorization = new("Bearer", token);
        using var raw = await client.SendAsync(request);
        var lookup = await AttentiveResponse.ReadAsync(raw);

        Assert.Equal(exported, engine.ExportState().ToJsonString());
        Assert.Equal(["MARKETING/EMAIL/false"], lookup.Eligibilities());
        Assert.Equal([new AttentiveSubscriptionView(AttentiveChannel.Text, AttentiveSubscriptionType.Marketing, AttentiveSubscriptionState.Pending)], engine.GetSubscriptions(companyId, AttentiveChannel.Text, "+19148440001"));
        Assert.Equal("c", engine.GetExternalIdentifiers(companyId, AttentiveChannel.Text, "+19148440001")!.CustomIdentifiers[0].Value);
    }

    [Fact]
    public void A_broken_state_is_refused_and_the_current_state_kept()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<AttentiveEngine>();
        var companyId = engine.CreateCompany();

        var broken = System.Text.Json.Nodes.JsonNode.Parse("""
            {"version":2,"tenants":[{"id":"x","credentials":[],"send_failure":"None","state":
              {"companyId":"x","companyName":"X","attentiveDomainName":"x.attn.tv","applicationName":"a","contactEmail":"c@x.io","tokens":[],"signUpUnits":[],
               "phones":[{"id":"not-a-phone","subscriptions":{}}],"emails":[]}}]}
            """)!;

        var error = Assert.Throws<InvalidDataException>(() => engine.ImportState(broken));
        Assert.Contains("contact id", error.Message, StringComparison.Ordinal);
        Assert.True(engine.HasCompany(companyId));
        Assert.False(engine.HasCompany("x"));
    }

    [Fact]
    public async Task Reset_forgets_companies_and_tokens()
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = AttentiveTenant.Create(server);

        server.GetEngine<AttentiveEngine>().Reset();
        var response = await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/me", null);

        response.AssertError(HttpStatusCode.Unauthorized);
        Assert.False(tenant.Engine.HasCompany(tenant.CompanyId));
    }

    [Fact]
    public async Task The_demo_seed_prints_its_credentials_and_they_work_as_printed()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<AttentiveEngine>();

        var lines = engine.SeedDemo();
        var again = engine.SeedDemo();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/attentive/v1/subscriptions")
        {
            Content = Support.Http.Json("""{"user":{"phone":"+19148440001"},"locale":{"language":"en","country":"US"},"subscriptionType":"MARKETING"}"""),
        };
        request.Headers.Authorization = new("Bearer", "attentive-demo-token");
        using var raw = await client.SendAsync(request);

        Assert.Contains(lines, line => line.Contains("attentive-demo-token", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("357276", StringComparison.Ordinal));
        Assert.Equal(lines, again);
        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], (await AttentiveResponse.ReadAsync(raw)).CreationResults());
    }
}
