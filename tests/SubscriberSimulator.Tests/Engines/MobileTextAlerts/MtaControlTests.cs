using System.Net;
using SubscriberSimulator.Engines.MobileTextAlerts;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaControlTests
{
    [Fact]
    public async Task Tenants_are_created_over_http_and_their_key_works()
    {
        using var sim = MtaSim.Create();
        var created = await sim.PostAsync("/__sim/mta/tenants", """{"tenantId":"shop-1","apiKey":"key-shop-1"}""", sim.Anonymous);
        var duplicate = await sim.PostAsync("/__sim/mta/tenants", """{"tenantId":"shop-1"}""", sim.Anonymous);
        using var client = sim.ClientFor("key-shop-1");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("shop-1", created.Json.GetProperty("tenantId").GetString());
        Assert.Equal("/mta/v3", created.Json.GetProperty("basePath").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/v3/auth/verify-api-key", client)).Status);
        var tenants = await sim.GetAsync("/__sim/mta/tenants", sim.Anonymous);
        Assert.Contains(tenants.Json.EnumerateArray(), t => t.GetProperty("tenantId").GetString() == "shop-1");
    }

    [Fact]
    public async Task Controls_seed_groups_fields_landlines_and_subscribers_and_list_every_record()
    {
        using var sim = MtaSim.Create();
        var root = $"/__sim/mta/tenants/{sim.TenantId}";
        var group = await sim.PostAsync(root + "/groups", """{"name":"Seeded"}""", sim.Anonymous);
        var field = await sim.PostAsync(root + "/custom-fields", """{"name":"Tier"}""", sim.Anonymous);
        var carrier = await sim.PostAsync(root + "/carriers", """{"number":"8002220000","lineType":"landline"}""", sim.Anonymous);
        var groupId = group.Json.GetProperty("id").GetInt32();
        var fieldId = field.Json.GetProperty("id").GetInt32();
        var seeded = await sim.PostAsync(root + "/subscribers", $$$"""
            [{"number":8002221111,"groupIds":[{{{groupId}}}],"subscriberFields":{"{{{fieldId}}}":"gold"}},{"email":"a@example.com","welcomeMessage":"ignored"}]
            """, sim.Anonymous);

        var listed = await sim.GetAsync(root + "/subscribers", sim.Anonymous);
        var landline = await sim.PostAsync("/v3/subscribers", """{"number":8002220000}""");

        Assert.Equal(HttpStatusCode.OK, seeded.Status);
        Assert.Equal(HttpStatusCode.OK, carrier.Status);
        Assert.Equal(2, listed.Json.GetProperty("total").GetInt32());
        var first = listed.Json.GetProperty("subscribers")[0];
        Assert.Equal("Seeded", first.GetProperty("groups")[0].GetProperty("name").GetString());
        Assert.Equal("gold", first.GetProperty("subscriberFieldData")[0].GetProperty("data").GetString());
        Assert.Empty(sim.Messages);
        Assert.Equal(HttpStatusCode.BadRequest, landline.Status);
    }

    [Fact]
    public async Task Seeding_is_all_or_nothing()
    {
        using var sim = MtaSim.Create();
        var reply = await sim.PostAsync($"/__sim/mta/tenants/{sim.TenantId}/subscribers", """[{"number":8002221111},{"number":"12"}]""", sim.Anonymous);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("record 1", reply.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Unknown_tenant_and_bad_bodies_are_clear_errors()
    {
        using var sim = MtaSim.Create();
        var unknown = await sim.GetAsync("/__sim/mta/tenants/nope/subscribers", sim.Anonymous);
        var badLineType = await sim.PostAsync($"/__sim/mta/tenants/{sim.TenantId}/carriers", """{"number":"8002220000","lineType":"fax"}""", sim.Anonymous);
        var badJson = await sim.PostAsync($"/__sim/mta/tenants/{sim.TenantId}/groups", "{", sim.Anonymous);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("nope", unknown.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badLineType.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.Status);
    }

    [Fact]
    public async Task Send_failure_control_over_http_makes_a_stop_reply_fail_without_change()
    {
        using var sim = MtaSim.Create();
        var root = $"/__sim/mta/tenants/{sim.TenantId}";
        await sim.PostAsync(root + "/send-failure", """{"enabled":true}""", sim.Anonymous);

        var stop = await sim.PostAsync(root + "/stop-reply", """{"number":"8002223333"}""", sim.Anonymous);

        Assert.Equal(HttpStatusCode.InternalServerError, stop.Status);
        Assert.Empty(sim.Engine.ListUnsubscribes(sim.TenantId));
        Assert.Empty(sim.Messages);
    }

    [Fact]
    public async Task The_kit_controls_describe_remove_and_fail_the_next_send_of_an_account()
    {
        using var sim = MtaSim.Create();
        var root = $"/__sim/mta/tenants/{sim.TenantId}";
        sim.Engine.AddGroup(sim.TenantId, "Described");
        sim.Engine.SetLineType(sim.TenantId, "8002220000", MtaLineType.Unreachable);

        var described = await sim.GetAsync(root, sim.Anonymous);
        var armed = await sim.PostAsync(root + "/fail-next-send", null, sim.Anonymous);
        var failed = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Hi"}""");
        var next = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Hi"}""");
        var removed = await sim.DeleteAsync(root, sim.Anonymous);

        Assert.Equal("Described", described.Json.GetProperty("groups")[0].GetProperty("name").GetString());
        Assert.Equal("unreachable", described.Json.GetProperty("carriers")[0].GetProperty("lineType").GetString());
        Assert.Equal("none", described.Json.GetProperty("sendFailure").GetString());
        Assert.Equal(HttpStatusCode.NoContent, armed.Status);
        MtaSim.AssertError(failed, HttpStatusCode.InternalServerError, "fail-next-send");
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Single(sim.Messages);
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sim.GetAsync("/v3/subscribers")).Status);
    }

    [Fact]
    public void Csharp_api_reports_bad_input_as_argument_exceptions_carrying_the_control_status()
    {
        using var sim = MtaSim.Create();

        var unknown = Assert.Throws<ArgumentException>(() => sim.Engine.AddGroup("missing", "x"));
        var badSeed = Assert.Throws<ArgumentException>(() => sim.Engine.AddSubscriber(sim.TenantId, new MtaSubscriberSeed { FirstName = "x" }));

        Assert.Equal(404, Assert.IsType<RequestRefusedException>(unknown.InnerException).Status);
        Assert.Equal(400, Assert.IsType<RequestRefusedException>(badSeed.InnerException).Status);
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Demo_seed_prints_working_credentials_and_is_idempotent()
    {
        using var sim = MtaSim.Create();

        var lines = sim.Engine.SeedDemo();
        var again = sim.Engine.SeedDemo();
        using var demo = sim.ClientFor(MobileTextAlertsEngine.DemoApiKey);
        var groups = await sim.GetAsync("/v3/groups", demo);
        var landline = await sim.PostAsync("/v3/subscribers", """{"number":"+15005550006"}""", demo);

        Assert.Contains(lines, line => line.Contains(MobileTextAlertsEngine.DemoApiKey, StringComparison.Ordinal));
        Assert.Equal(lines, again);
        Assert.Equal(1, groups.Data.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, landline.Status);
    }
}
