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

    [Fact]
    public async Task Users_attribute_names_events_and_bulk_jobs_survive_an_export_and_import()
    {
        string exported;
        AttentiveTenant original;
        string jobId;
        using (var server = SimulatorServer.CreateInMemory())
        {
            original = AttentiveTenant.Create(server);
            await original.ControlAsync(HttpMethod.Post, "/custom-attributes", """{"name":"Age group","values":["Adult","Teen"]}""");
            await original.IdentifyAsync("""{"phone":"+19148440001","clientUserId":"c-1","customIdentifiers":[{"name":"crm","value":"9"}]}""");
            await original.SetCustomAttributesAsync("""{"properties":{"Age group":"Teen","balance":50.89,"vip":true},"user":{"phone":"+19148440001"}}""");
            await original.RecordCustomEventAsync("""{"type":"Shipped","externalEventId":"e-1","properties":{"n":[1,{"a":"b"}]},"user":{"phone":"+19148440001"}}""");
            await original.UpsertUserAsync("""{"identifiers":{"email":"v2@example.com"},"attributes":{"firstName":"V","demographic":{"age":40}}}""");
            jobId = (await original.SubmitBulkAsync("""{"users":[{"identifiers":{"email":"bulk@example.com"}}]}""")).Body.GetProperty("batchJobId").GetString()!;
            exported = original.Engine.ExportState().ToJsonString();
            original.Dispose();
        }

        using var restored = SimulatorServer.CreateInMemory();
        using var tenant = AttentiveTenant.Attach(restored, original);
        tenant.Engine.ImportState(System.Text.Json.Nodes.JsonNode.Parse(exported)!);

        var repeatedEvent = await tenant.RecordCustomEventAsync("""{"type":"Shipped","externalEventId":"e-1","user":{"phone":"+19148440001"}}""");
        var enumerated = await tenant.SetCustomAttributesAsync("""{"properties":{"Age group":"Senior"},"user":{"phone":"+19148440001"}}""");
        var byClientId = await tenant.SetCustomAttributesAsync("""{"properties":{"x":"1"},"user":{"externalIdentifiers":{"clientUserId":"c-1"}}}""");
        var job = await tenant.BulkJobAsync(jobId);
        var newUser = await tenant.IdentifyAsync("""{"email":"later@example.com"}""");

        Assert.Equal(HttpStatusCode.OK, repeatedEvent.Status);
        Assert.Single(tenant.UserByPhone("+19148440001")!.CustomEvents);
        enumerated.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, byClientId.Status);
        Assert.Equal("50.89", tenant.UserByPhone("+19148440001")!.CustomAttributes["balance"]);
        Assert.Equal("40", tenant.UserByEmail("v2@example.com")!.Profile["demographic.age"]);
        Assert.Equal("COMPLETED", job.Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Accepted, newUser.Status);
        Assert.Equal("user_4", tenant.UserByEmail("later@example.com")!.Id);
    }

    [Fact]
    public void A_state_file_saved_before_users_existed_still_loads()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<AttentiveEngine>();
        var older = System.Text.Json.Nodes.JsonNode.Parse("""
            {"version":2,"tenants":[{"id":"old","credentials":["old-token"],"send_failure":"None","state":
              {"companyId":"old","companyName":"Old","attentiveDomainName":"old.attn.tv","applicationName":"a","contactEmail":"c@old.io",
               "tokens":[{"tokenId":"token_1","token":"old-token","scopes":["subscriptions:read"]}],"signUpUnits":[],
               "phones":[{"id":"+19148440001","subscriptions":{"MARKETING":"ACTIVE"}}],"emails":[]}}]}
            """)!;

        engine.ImportState(older);

        Assert.True(engine.HasCompany("old"));
        Assert.Null(engine.FindUser("old", AttentiveChannel.Text, "+19148440001"));
        Assert.Single(engine.GetSubscriptions("old", AttentiveChannel.Text, "+19148440001"));
    }

    [Fact]
    public void A_user_sharing_an_identifier_with_another_is_refused_on_import()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<AttentiveEngine>();
        var broken = System.Text.Json.Nodes.JsonNode.Parse("""
            {"version":2,"tenants":[{"id":"x","credentials":[],"send_failure":"None","state":
              {"companyId":"x","companyName":"X","attentiveDomainName":"x.attn.tv","applicationName":"a","contactEmail":"c@x.io","tokens":[],"signUpUnits":[],
               "phones":[],"emails":[],"lastUserNumber":2,
               "users":[{"id":"user_1","identifiers":[{"kind":"clientUserId","value":"same"}],"customAttributes":{},"profile":{}},
                        {"id":"user_2","identifiers":[{"kind":"clientUserId","value":"same"}],"customAttributes":{},"profile":{}}]}}]}
            """)!;

        var error = Assert.Throws<InvalidDataException>(() => engine.ImportState(broken));

        Assert.Contains("user", error.Message, StringComparison.Ordinal);
        Assert.False(engine.HasCompany("x"));
    }

    [Fact]
    public async Task The_demo_tokens_carry_every_scope_the_user_calls_need_and_the_demo_attribute_is_enumerated()
    {
        using var server = SimulatorServer.CreateInMemory();
        var engine = server.GetEngine<AttentiveEngine>();
        engine.SeedDemo();
        using var client = server.CreateClient();

        async Task<HttpStatusCode> PostAsync(string path, string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Support.Http.Json(body) };
            request.Headers.Authorization = new("Bearer", "attentive-demo-token");
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("/attentive/v1/identity-resolution/user-identifiers", """{"phone":"+19148440001","clientUserId":"demo-1"}"""));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("/attentive/v1/events/custom", """{"type":"Demo","user":{"phone":"+19148440001"}}"""));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("/attentive/v1/attributes/custom", """{"properties":{"Age group":"Adult"},"user":{"phone":"+19148440001"}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("/attentive/v1/attributes/custom", """{"properties":{"Age group":"Senior"},"user":{"phone":"+19148440001"}}"""));
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("/attentive/v2/user/attributes", """{"identifiers":{"clientUserId":"demo-1","phone":"+19148440001"},"subscriptions":[{"signUpSourceId":"357276","channel":"TEXT"}]}"""));
    }
}
