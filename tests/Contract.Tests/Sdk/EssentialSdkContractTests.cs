using Contract.Tests.Contracts;
using SubscriberSdk;
using SubscriberSdk.Essential;
using SubscriberSimulator.Engines.Essential;

namespace Contract.Tests.Sdk;

public sealed class EssentialSdkContractTests(SdkContractFixture simulator) : IClassFixture<SdkContractFixture>
{
    [Fact]
    public async Task Facade_calls_and_simulator_answers_follow_the_essential_spec()
    {
        var engine = simulator.Server.GetEngine<EssentialEngine>();
        var account = engine.CreateAccount();
        var channel = engine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Main" });
        var log = new ContractViolationLog();
        using var client = Client(account, log);

        var created = await client.Subscribers.UpsertAsync(channel, new EssentialUpsertRequest
        {
            PhoneNumber = "+14155550901",
            EmailAddress = "contract@example.com",
            Properties = new Dictionary<string, string> { ["plan"] = "gold" },
            Welcome = EssentialWelcome.Message("Hi"),
        });
        var updated = await client.Subscribers.UpsertAsync(channel, new EssentialUpsertRequest { PhoneNumber = "4155550901" });
        var sid = created.Value.Sid!;
        await client.Subscribers.GetAsync(sid);
        await client.Subscribers.UpdateAsync(sid, new EssentialSubscriberUpdate { ExternalUserId = "ext-1" });
        await client.Tags.CreateAsync(channel, "vip");
        await client.Tags.ListAsync(channel).ToListAsync();
        await client.Subscribers.ListAsync(channel, pageSize: 1).Take(2).ToListAsync();
        await client.Subscribers.UnsubscribeAsync(sid);
        await Assert.ThrowsAsync<UnsubscribedException>(() => client.Subscribers.UpsertAsync(channel, new EssentialUpsertRequest { PhoneNumber = "4155550901" }));

        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal(OperationOutcome.Updated, updated.Outcome);
        log.AssertClean(minimumExchanges: 9);
    }

    [Fact]
    public async Task Welcome_series_and_workflow_calls_follow_the_essential_spec()
    {
        var engine = simulator.Server.GetEngine<EssentialEngine>();
        var account = engine.CreateAccount();
        var channel = engine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Series" });
        var workflow = engine.AddWorkflow(account.AccountSid, new EssentialWorkflowDefinition { Name = "Onboarding" });
        var log = new ContractViolationLog();
        using var client = Client(account, log);

        var series = await client.WelcomeSeries.CreateAsync(channel, "Default");
        await client.WelcomeSeries.AddItemAsync(channel, series.Value!.Sid!, "Last", 99, "Welcome aboard");
        await client.Subscribers.CreateAsync(channel, "4155550920", "wf@example.com");
        var execution = await client.Subscribers.StartWorkflowAsync(channel, "+14155550920", workflow, new Dictionary<string, object?> { ["step"] = 2 });

        Assert.Equal(200, execution.StatusCode);
        log.AssertClean(minimumExchanges: 4);
    }

    [Fact]
    public async Task Channel_transport_campaign_tag_and_message_calls_follow_the_essential_spec()
    {
        var engine = simulator.Server.GetEngine<EssentialEngine>();
        var account = engine.CreateAccount();
        var channel = engine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Messages" });
        var tag = engine.AddTag(account.AccountSid, channel, "vip");
        engine.AddTransport(account.AccountSid, channel, new EssentialTransportDefinition { Endpoint = "55555" });
        engine.AddCampaign(account.AccountSid, channel, new EssentialCampaignDefinition { Name = "Sent", TagSids = [tag], Delivered = 2 });
        engine.AddCampaign(account.AccountSid, channel, new EssentialCampaignDefinition { Name = "Draft", Status = "draft" });
        var log = new ContractViolationLog();
        using var client = Client(account, log);

        await client.Channels.ListAsync().ToListAsync();
        await client.Channels.GetAsync(channel);
        await client.Transports.ListAsync(channel, pageSize: 1).ToListAsync();
        await client.Campaigns.ListAsync().ToListAsync();
        await client.Tags.ListAllAsync(includeDeleted: true).ToListAsync();
        var subscriber = await client.Subscribers.UpsertAsync(channel, new EssentialUpsertRequest { PhoneNumber = "4155550930" });
        await client.Messages.SendAsync(channel, "+14155550930", new EssentialMessageRequest { Body = "Hi", Priority = EssentialMessagePriority.Low, ExternalOwnerId = "o-1" });
        await client.Messages.SendToSubscriberAsync(subscriber.Value.Sid, new EssentialMessageRequest { MediaUrls = ["https://example.com/a.png"], Transport = "55555" });
        var found = await client.Messages.SearchAsync(new EssentialMessageSearch { ToPhoneNumber = "4155550930", StartTime = DateTimeOffset.UtcNow.AddHours(-1) }, pageSize: 1).AsPages().FirstAsync();
        await client.Subscribers.UnsubscribeAsync(subscriber.Value.Sid);
        await Assert.ThrowsAsync<UnsubscribedException>(() => client.Messages.SendAsync(channel, subscriber.Value.Sid, new EssentialMessageRequest { Body = "Hi" }));

        Assert.Equal(2, found.TotalCount);
        log.AssertClean(minimumExchanges: 12);
    }

    private EssentialClient Client(EssentialAccountCredentials account, ContractViolationLog log) => new(new EssentialClientOptions
    {
        AccountSid = account.AccountSid,
        AuthToken = account.AuthToken,
        BaseAddress = simulator.BaseAddress(ProviderSpec.Essential),
        Transport = simulator.Transport(log),
    });
}
