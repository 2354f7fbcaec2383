using System.Net;
using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class WorkflowTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Upsert_starts_the_workflow_with_its_kwargs_and_records_the_execution()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Journey" });

        var response = await tenant.UpsertAsync(
            $$$"""{"phone_number":"5009998130","workflow_sid_to_start":"{{{workflow}}}","workflow_kwargs":""" + """{"order":{"id":"A1","total":4.5}}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var message = Assert.Single(tenant.Outbox);
        Assert.Equal("workflow-start", message.Kind);
        Assert.Equal(workflow, message.Metadata["workflow_sid"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"order":{"id":"A1","total":4.5}}"""), JsonNode.Parse(message.Metadata["kwargs"])));
        var execution = Assert.Single(tenant.Engine.ListWorkflowExecutions(tenant.AccountSid));
        Assert.Equal(response.Str("sid"), (string?)execution["subscriber_sid"]);
    }

    [Fact]
    public async Task Max_subscriber_executions_stops_further_starts_without_an_error()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Once", MaxSubscriberExecutions = 1 });
        var body = $$$"""{"phone_number":"5009998131","workflow_sid_to_start":"{{{workflow}}}"}""";

        var first = await tenant.UpsertAsync(body);
        var second = await tenant.UpsertAsync(body);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Single(tenant.Engine.ListWorkflowExecutions(tenant.AccountSid));
    }

    [Fact]
    public async Task Unmet_start_conditions_mean_no_execution_but_success()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var vip = UpsertTagsAndPropertiesTests.AddTag(tenant, "VIP");
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition
        {
            Name = "VIP only",
            StartConditions = new EssentialStartConditions
            {
                RequiredTagSids = [vip],
                RequiredProperties = new Dictionary<string, string> { ["plan"] = "gold" },
            },
        });

        var noTag = await tenant.UpsertAsync($$$"""{"phone_number":"5009998132","workflow_sid_to_start":"{{{workflow}}}","properties":{"plan":"gold"}}""");
        var wrongPlan = await tenant.UpsertAsync($$$"""{"phone_number":"5009998133","workflow_sid_to_start":"{{{workflow}}}","tag_sids":["{{{vip}}}"],"properties":{"plan":"free"}}""");
        var match = await tenant.UpsertAsync($$$"""{"phone_number":"5009998134","workflow_sid_to_start":"{{{workflow}}}","tag_sids":["{{{vip}}}"],"properties":{"plan":"gold"}}""");

        Assert.Equal(HttpStatusCode.Created, noTag.Status);
        Assert.Equal(HttpStatusCode.Created, wrongPlan.Status);
        Assert.Equal(HttpStatusCode.Created, match.Status);
        var execution = Assert.Single(tenant.Engine.ListWorkflowExecutions(tenant.AccountSid));
        Assert.Equal(match.Str("sid"), (string?)execution["subscriber_sid"]);
    }

    [Fact]
    public async Task A_disabled_or_unknown_workflow_on_upsert_is_a_400()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var disabled = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Off", Enabled = false });

        var disabledResponse = await tenant.UpsertAsync($$$"""{"phone_number":"5009998135","workflow_sid_to_start":"{{{disabled}}}"}""");
        var unknownResponse = await tenant.UpsertAsync("""{"phone_number":"5009998135","workflow_sid_to_start":"NoSuchWorkflow00000000"}""");

        Assert.Contains("disabled", disabledResponse.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("Unknown workflow", unknownResponse.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Fact]
    public async Task The_start_endpoint_returns_the_execution_and_then_an_empty_object_at_the_limit()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Once", MaxSubscriberExecutions = 1 });
        var subscriber = await tenant.UpsertAsync("""{"phone_number":"5009998136"}""");
        var path = $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/15009998136/automation_workflow_executions/start";
        var body = $$$"""{"sid":"{{{workflow}}}","kwargs":{"a":[1,2]}}""";

        var started = await tenant.SendAsync(HttpMethod.Post, path, body);
        var limited = await tenant.SendAsync(HttpMethod.Post, path, body);

        Assert.Equal(HttpStatusCode.OK, started.Status);
        Assert.Equal("running", started.Str("status"));
        Assert.Equal("api", started.Str("started_by"));
        Assert.Equal(workflow, started.Str("automation_workflow_sid"));
        Assert.Equal(subscriber.Str("sid"), started.Str("subscriber_sid"));
        Assert.Equal(2, started.Body.GetProperty("kwargs").GetProperty("a").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, limited.Status);
        Assert.Empty(limited.Body.EnumerateObject());
        Assert.Single(tenant.Outbox);
    }

    [Fact]
    public async Task The_start_endpoint_answers_an_empty_object_for_a_disabled_workflow_or_an_unsubscribed_subscriber()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var disabled = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "Off", Enabled = false });
        var enabled = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "On" });
        await tenant.UpsertAsync("""{"phone_number":"5009998137"}""");
        await tenant.UpsertAsync("""{"phone_number":"5009998138"}""");
        tenant.Engine.StopReply(tenant.AccountSid, tenant.ChannelSid, "5009998138");
        var basePath = $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers";

        var whenDisabled = await tenant.SendAsync(HttpMethod.Post, $"{basePath}/5009998137/automation_workflow_executions/start", $$$"""{"sid":"{{{disabled}}}"}""");
        var whenUnsubscribed = await tenant.SendAsync(HttpMethod.Post, $"{basePath}/5009998138/automation_workflow_executions/start", $$$"""{"sid":"{{{enabled}}}"}""");

        Assert.Empty(whenDisabled.Body.EnumerateObject());
        Assert.Empty(whenUnsubscribed.Body.EnumerateObject());
        Assert.Empty(tenant.Engine.ListWorkflowExecutions(tenant.AccountSid));
    }

    [Fact]
    public async Task The_start_endpoint_refuses_unknown_workflows_and_subscribers()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "On" });
        await tenant.UpsertAsync("""{"phone_number":"5009998139"}""");
        var basePath = $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers";

        var unknownWorkflow = await tenant.SendAsync(HttpMethod.Post, $"{basePath}/5009998139/automation_workflow_executions/start", """{"sid":"NoSuchWorkflow00000000"}""");
        var unknownSubscriber = await tenant.SendAsync(HttpMethod.Post, $"{basePath}/5009998199/automation_workflow_executions/start", $$$"""{"sid":"{{{workflow}}}"}""");

        unknownWorkflow.AssertError(HttpStatusCode.BadRequest);
        unknownSubscriber.AssertError(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("5009998143")]
    [InlineData("15009998143")]
    [InlineData("%2B15009998143")]
    public async Task The_start_endpoint_accepts_every_phone_form_in_the_path(string phoneInPath)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var workflow = tenant.Engine.AddWorkflow(tenant.AccountSid, new EssentialWorkflowDefinition { Name = "On" });
        await tenant.UpsertAsync("""{"phone_number":"5009998143"}""");

        var started = await tenant.SendAsync(
            HttpMethod.Post,
            $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/{phoneInPath}/automation_workflow_executions/start",
            $$$"""{"sid":"{{{workflow}}}"}""");

        Assert.Equal(HttpStatusCode.OK, started.Status);
        Assert.Equal("running", started.Str("status"));
    }
}
