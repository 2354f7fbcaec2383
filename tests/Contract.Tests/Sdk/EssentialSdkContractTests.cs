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
        using var client = new EssentialClient(new EssentialClientOptions
        {
            AccountSid = account.AccountSid,
            AuthToken = account.AuthToken,
            BaseAddress = simulator.BaseAddress(ProviderSpec.Essential),
            Transport = simulator.Transport(log),
        });

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
        await client.Tags.ListAsync(channel);
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
        using var client = new EssentialClient(new EssentialClientOptions
        {
            AccountSid = account.AccountSid,
            AuthToken = account.AuthToken,
            BaseAddress = simulator.BaseAddress(ProviderSpec.Essential),
            Transport = simulator.Transport(log),
        });

        var series = await client.WelcomeSeries.CreateAsync(channel, "Default");
        await client.WelcomeSeries.AddItemAsync(channel, series.Value!.Sid!, "Last", 99, "Welcome aboard");
        await client.Subscribers.CreateAsync(channel, "4155550920", "wf@example.com");
        var execution = await client.Subscribers.StartWorkflowAsync(channel, "+14155550920", workflow, new Dictionary<string, object?> { ["step"] = 2 });

        Assert.Equal(200, execution.StatusCode);
        log.AssertClean(minimumExchanges: 4);
    }
}
