using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSdk.Tests.Essential;

public sealed class EssentialSubscribersClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Upsert_creates_then_updates_and_welcomes_only_the_new_subscriber()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var request = new EssentialUpsertRequest { PhoneNumber = "+14155550101", Welcome = EssentialWelcome.Message("Hi there") };

        var created = await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, request);
        var updated = await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, request);

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal("4155550101", created.Value.PhoneNumber);
        Assert.Equal(200, updated.StatusCode);
        Assert.Equal(OperationOutcome.Updated, updated.Outcome);
        Assert.Equal(created.Value.Sid, updated.Value.Sid);
        Assert.NotEmpty(created.Headers);
        var welcome = Assert.Single(tenant.Outbox(), m => m.Kind == "welcome");
        Assert.Equal("Hi there", welcome.Body);
    }

    [Fact]
    public async Task Upsert_sets_email_properties_and_tags()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var tagSid = tenant.Engine.AddTag(tenant.Credentials.AccountSid, tenant.ChannelSid, "vip");

        var response = await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest
        {
            PhoneNumber = "4155550102",
            EmailAddress = " Jane@Example.com ",
            ExternalUserId = "crm-1",
            Properties = new Dictionary<string, string> { ["plan"] = "gold", ["visits"] = "3" },
            TagSids = [tagSid],
        });

        var subscriber = response.Value!;
        Assert.Equal("jane@example.com", subscriber.EmailAddress);
        Assert.Equal("crm-1", subscriber.ExternalUserId);
        Assert.Equal([tagSid], subscriber.TagSids);
        Assert.Equal("gold", subscriber.Properties["plan"]);
    }

    [Fact]
    public async Task A_workflow_welcome_starts_the_workflow_with_its_arguments()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var workflowSid = tenant.Engine.AddWorkflow(tenant.Credentials.AccountSid, new EssentialWorkflowDefinition { Name = "Onboarding" });

        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest
        {
            PhoneNumber = "4155550103",
            Welcome = EssentialWelcome.Workflow(workflowSid, new Dictionary<string, object?> { ["coupon"] = "WELCOME10" }),
        });

        var execution = Assert.Single(tenant.Engine.ListWorkflowExecutions(tenant.Credentials.AccountSid));
        Assert.Contains("WELCOME10", execution.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsubscribed_subscriber_cannot_be_upserted_back()
    {
        using var tenant = new EssentialTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550104" });
        tenant.Engine.StopReply(tenant.Credentials.AccountSid, tenant.ChannelSid, "4155550104");

        var error = await Assert.ThrowsAsync<UnsubscribedException>(() =>
            tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550104" }));

        Assert.Equal(405, error.StatusCode);
        Assert.Contains("update endpoint", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550104", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_landline_is_CannotReceiveSms()
    {
        using var tenant = new EssentialTestTenant(simulator);
        tenant.Engine.SeedCarrier(tenant.Credentials.AccountSid, "4155550105", EssentialCarrierKind.Landline);

        var error = await Assert.ThrowsAsync<CannotReceiveSmsException>(() =>
            tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550105" }));

        Assert.Equal(412, error.StatusCode);
        Assert.Empty(tenant.Outbox());
    }

    [Fact]
    public async Task An_unknown_channel_is_ResourceNotFound()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            tenant.Client.Subscribers.UpsertAsync("CH_missing", new EssentialUpsertRequest { PhoneNumber = "4155550106" }));

        Assert.Equal(404, error.StatusCode);
        Assert.NotNull(error.ProviderMessage);
    }

    [Fact]
    public async Task Wrong_credentials_are_AuthenticationFailed()
    {
        using var tenant = new EssentialTestTenant(simulator, o => o.AuthToken = "wrong-token");

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => tenant.Client.Subscribers.GetAsync("SB_any"));

        Assert.Equal(401, error.StatusCode);
        Assert.DoesNotContain("wrong-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_welcomes_are_rejected_by_the_server_when_sent_through_the_protocol_method()
    {
        using var tenant = new EssentialTestTenant(simulator);
        const string body = """{"phone_number": "4155550107", "welcome_message_body": "Hi", "send_welcome_series": true}""";

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            tenant.Client.SendRequestAsync(HttpMethod.Post, $"/v2/account/channels/{tenant.ChannelSid}/subscribers/upsert", body));

        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Create_get_update_and_unsubscribe()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var created = await tenant.Client.Subscribers.CreateAsync(tenant.ChannelSid, "4155550108", "a@example.com");
        var sid = created.Value!.Sid!;
        var fetched = await tenant.Client.Subscribers.GetAsync(sid);
        var updated = await tenant.Client.Subscribers.UpdateAsync(sid, new EssentialSubscriberUpdate { ExternalUserId = "ext-8" });
        var unsubscribed = await tenant.Client.Subscribers.UnsubscribeAsync(sid);

        Assert.Equal(201, created.StatusCode);
        Assert.Equal("a@example.com", fetched.Value?.EmailAddress);
        Assert.Equal("ext-8", updated.Value?.ExternalUserId);
        Assert.Equal(EssentialSubscriberStatus.Unsubscribed, unsubscribed.Value?.Status);
    }

    [Fact]
    public async Task Get_of_a_missing_subscriber_is_ResourceNotFound()
    {
        using var tenant = new EssentialTestTenant(simulator);

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.GetAsync("SB_missing"));
    }

    [Fact]
    public async Task List_pages_on_demand()
    {
        using var tenant = new EssentialTestTenant(simulator);
        for (var i = 0; i < 5; i++)
        {
            await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = $"41555501{20 + i}" });
        }

        var before = simulator.Journal().Count;
        var firstTwo = await tenant.Client.Subscribers.ListAsync(tenant.ChannelSid, pageSize: 2).Take(2).ToListAsync();
        var afterFirstPage = simulator.Journal().Count;
        var all = await tenant.Client.Subscribers.ListAsync(tenant.ChannelSid, pageSize: 2).ToListAsync();

        Assert.Equal(2, firstTwo.Count);
        Assert.Equal(5, all.Count);
        Assert.Equal(5, all.Select(s => s.Sid).Distinct().Count());
        Assert.True(afterFirstPage - before >= 1);
    }

    [Fact]
    public async Task Start_a_workflow_for_a_subscriber()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var workflowSid = tenant.Engine.AddWorkflow(tenant.Credentials.AccountSid, new EssentialWorkflowDefinition { Name = "Nudge" });
        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550109" });

        var response = await tenant.Client.Subscribers.StartWorkflowAsync(tenant.ChannelSid, "+14155550109", workflowSid, new Dictionary<string, object?> { ["step"] = 2 });

        Assert.Equal(200, response.StatusCode);
        Assert.NotNull(response.Value);
        Assert.Single(tenant.Engine.ListWorkflowExecutions(tenant.Credentials.AccountSid));
    }
}
