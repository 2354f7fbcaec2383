using System.Net;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class FailNextSendTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task A_failed_send_rolls_back_the_whole_upsert_and_the_retry_succeeds()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var gold = UpsertTagsAndPropertiesTests.AddTag(tenant, "Gold");
        using var control = fixture.Server.CreateClient();
        using var armed = await control.PostAsync($"/__sim/essential/tenants/{tenant.AccountSid}/fail-next-send", null);
        var body = $$$"""{"phone_number":"5009998140","tag_sids":["{{{gold}}}"],"properties":{"a":"b"}}""";

        var failed = await tenant.UpsertAsync(body);
        var afterFailure = tenant.Snapshot();
        var retried = await tenant.UpsertAsync(body);

        Assert.Equal(HttpStatusCode.NoContent, armed.StatusCode);
        failed.AssertError(HttpStatusCode.InternalServerError);
        Assert.Equal("[]|0|0", afterFailure);
        Assert.Equal(HttpStatusCode.Created, retried.Status);
        Assert.Single(tenant.Outbox);
    }

    [Fact]
    public async Task A_failed_send_leaves_an_existing_subscriber_and_tag_counters_as_they_were()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var gold = UpsertTagsAndPropertiesTests.AddTag(tenant, "Gold");
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Flow" });
        await tenant.UpsertAsync("""{"phone_number":"5009998141","properties":{"a":"1"}}""");
        var before = tenant.Snapshot();
        tenant.Engine.FailNextSend(tenant.AccountSid);

        var failed = await tenant.UpsertAsync(
            $$$"""{"phone_number":"5009998141","tag_sids":["{{{gold}}}"],"properties":{"a":"2"},"workflow_sid_to_start":"{{{workflow}}}"}""");
        var tags = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/channels/{tenant.ChannelSid}/tags");

        failed.AssertError(HttpStatusCode.InternalServerError);
        Assert.Equal(before, tenant.Snapshot());
        Assert.Equal(0, tags.Body[0].GetProperty("num_subscribers_total").GetInt32());
    }

    [Fact]
    public async Task A_failed_send_on_the_workflow_start_endpoint_records_no_execution()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Flow" });
        await tenant.UpsertAsync("""{"phone_number":"5009998142"}""");
        tenant.Engine.FailNextSend(tenant.AccountSid);
        var path = $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/5009998142/automation_workflow_executions/start";

        var failed = await tenant.SendAsync(HttpMethod.Post, path, $$$"""{"sid":"{{{workflow}}}"}""");
        var retried = await tenant.SendAsync(HttpMethod.Post, path, $$$"""{"sid":"{{{workflow}}}"}""");

        failed.AssertError(HttpStatusCode.InternalServerError);
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Single(tenant.Engine.ListWorkflowExecutions(tenant.AccountSid));
    }
}
