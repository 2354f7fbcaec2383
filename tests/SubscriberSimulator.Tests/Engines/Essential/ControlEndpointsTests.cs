using System.Net;
using System.Text;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class ControlEndpointsTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task An_account_seeded_over_http_works_with_its_credentials()
    {
        using var control = fixture.Server.CreateClient();

        var account = await PostAsync(control, "/__sim/essential/tenants", """{"channels":[{"name":"Shop","welcome_message":"Hi!"}]}""");
        var sid = account.Str("account_sid");
        var channel = account.Body.GetProperty("channels")[0].GetProperty("sid").GetString()!;
        using var api = fixture.Server.CreateClient();
        api.DefaultRequestHeaders.Authorization = EssentialTenant.BasicAuth(sid, account.Str("auth_token"));
        using var upsert = await api.PostAsync(
            $"/essential/v2/account/channels/{channel}/subscribers/upsert", Json("""{"phone_number":"5009998200"}"""));

        Assert.Equal(HttpStatusCode.Created, account.Status);
        Assert.Equal(HttpStatusCode.Created, upsert.StatusCode);
        Assert.Equal("Hi!", Assert.Single(fixture.Server.Outbox.List("essential", sid)).Body);
    }

    [Fact]
    public async Task Seeding_configuration_over_http_drives_the_api()
    {
        using var control = fixture.Server.CreateClient();
        await PostAsync(control, "/__sim/essential/tenants", """{"account_sid":"ctlAccount000000000001","auth_token":"secret","channels":[{"sid":"ctlChannel000000000001","name":"Main","welcome_message":null}]}""");
        var basePath = "/__sim/essential/tenants/ctlAccount000000000001";

        var tag = await PostAsync(control, $"{basePath}/channels/ctlChannel000000000001/tags", """{"sid":"ctlTagVip0000000000001","name":"VIP"}""");
        var series = await PostAsync(control, $"{basePath}/channels/ctlChannel000000000001/welcome-series", """{"name":"VIP","position":1,"tag_sids":["ctlTagVip0000000000001"],"items":["v1"]}""");
        var workflow = await PostAsync(control, $"{basePath}/workflows", """{"sid":"ctlWorkflow00000000001","name":"W","max_subscriber_executions":1,"start_conditions":{"tag_sids":["ctlTagVip0000000000001"],"properties":{"plan":"gold"}}}""");
        using var landline = await control.PostAsync($"{basePath}/carrier-lookups", Json("""{"phone_number":"2025550100","kind":"landline"}"""));
        using var api = fixture.Server.CreateClient();
        api.DefaultRequestHeaders.Authorization = EssentialTenant.BasicAuth("ctlAccount000000000001", "secret");
        var upsertPath = "/essential/v2/account/channels/ctlChannel000000000001/subscribers/upsert";
        using var vip = await api.PostAsync(upsertPath, Json("""{"phone_number":"5009998201","tag_sids":["ctlTagVip0000000000001"],"send_welcome_series":true}"""));
        using var blocked = await api.PostAsync(upsertPath, Json("""{"phone_number":"2025550100"}"""));
        using var flow = await api.PostAsync(upsertPath, Json("""{"phone_number":"5009998201","properties":{"plan":"gold"},"workflow_sid_to_start":"ctlWorkflow00000000001"}"""));
        var executions = await GetAsync(control, $"{basePath}/workflow-executions");
        var subscribers = await GetAsync(control, $"{basePath}/subscribers");

        Assert.Equal(HttpStatusCode.Created, tag.Status);
        Assert.Equal("enabled", series.Str("status"));
        Assert.Equal(1, workflow.Body.GetProperty("max_subscriber_executions").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, landline.StatusCode);
        Assert.Equal(HttpStatusCode.Created, vip.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, flow.StatusCode);
        Assert.Equal(["v1", "W"], fixture.Server.Outbox.List("essential", "ctlAccount000000000001").Select(m => m.Body));
        Assert.Single(executions.Body.EnumerateArray());
        Assert.Single(subscribers.Body.EnumerateArray());
    }

    [Fact]
    public async Task A_stop_reply_unsubscribes_and_sends_the_confirmation()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        await tenant.UpsertAsync("""{"phone_number":"5009998202"}""");
        using var control = fixture.Server.CreateClient();

        var stopped = await PostAsync(control, $"/__sim/essential/tenants/{tenant.AccountSid}/channels/{tenant.ChannelSid}/stop-reply", """{"phone_number":"+15009998202"}""");
        var upsert = await tenant.UpsertAsync("""{"phone_number":"5009998202"}""");

        Assert.Equal(HttpStatusCode.OK, stopped.Status);
        Assert.Equal("unsubscribed", stopped.Str("status"));
        var message = Assert.Single(tenant.Outbox);
        Assert.Equal("unsubscribe-confirmation", message.Kind);
        Assert.Equal("+15009998202", message.To);
        upsert.AssertError(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Control_mistakes_are_refused_clearly_and_leave_nothing_half_made()
    {
        using var control = fixture.Server.CreateClient();
        await PostAsync(control, "/__sim/essential/tenants", """{"account_sid":"ctlAccount000000000002"}""");

        var duplicateAccount = await PostAsync(control, "/__sim/essential/tenants", """{"account_sid":"ctlAccount000000000002"}""");
        var badChannels = await PostAsync(control, "/__sim/essential/tenants", """{"account_sid":"ctlAccount000000000003","channels":[{"sid":"dupChannel000000000001","name":"A"},{"sid":"dupChannel000000000001","name":"B"}]}""");
        var missing = await GetAsync(control, "/__sim/essential/tenants/ctlAccount000000000003");
        var badKind = await PostAsync(control, "/__sim/essential/tenants/ctlAccount000000000002/carrier-lookups", """{"phone_number":"2025550100","kind":"fax"}""");
        var badWorkflow = await PostAsync(control, "/__sim/essential/tenants/ctlAccount000000000002/workflows", """{"name":"W","max_subscriber_executions":0}""");

        duplicateAccount.AssertError(HttpStatusCode.Conflict);
        badChannels.AssertError(HttpStatusCode.Conflict);
        missing.AssertError(HttpStatusCode.NotFound);
        badKind.AssertError(HttpStatusCode.BadRequest);
        badWorkflow.AssertError(HttpStatusCode.BadRequest);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<EssentialResponse> PostAsync(HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, Json(json));
        return await EssentialResponse.ReadAsync(response);
    }

    private static async Task<EssentialResponse> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await EssentialResponse.ReadAsync(response);
    }
}
