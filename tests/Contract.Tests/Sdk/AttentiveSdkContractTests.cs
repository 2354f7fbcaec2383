using Contract.Tests.Contracts;
using SubscriberSdk;
using SubscriberSdk.Attentive;
using SubscriberSimulator.Engines.Attentive;

namespace Contract.Tests.Sdk;

public sealed class AttentiveSdkContractTests(SdkContractFixture simulator) : IClassFixture<SdkContractFixture>
{
    [Fact]
    public async Task Facade_calls_and_simulator_answers_follow_the_attentive_spec()
    {
        var engine = simulator.Server.GetEngine<AttentiveEngine>();
        var company = engine.CreateCompany();
        engine.AddSignUpUnit(company, new AttentiveSignUpUnit("src-1", SubscriberSimulator.Engines.Attentive.AttentiveSubscriptionType.Marketing));
        var log = new ContractViolationLog();
        using var client = new AttentiveClient(new AttentiveClientOptions
        {
            AccessToken = engine.AddToken(company),
            BaseAddress = simulator.BaseAddress(ProviderSpec.Attentive),
            Transport = simulator.Transport(log),
        });
        var request = new AttentiveSubscribeRequest { Phone = "+14155550902", Email = "att@example.com", SignUpSourceId = "src-1" };

        var first = await client.Subscriptions.SubscribeAsync(request);
        var second = await client.Subscriptions.SubscribeAsync(request);
        await client.Subscriptions.GetAsync(email: "att@example.com");
        var me = await client.Account.GetMeAsync();
        var removed = await client.Subscriptions.UnsubscribeAsync(new AttentiveUnsubscribeRequest { Phone = "+14155550902" });
        await Assert.ThrowsAsync<RequestValidationException>(() =>
            client.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+14155550903", SignUpSourceId = "unknown" }));

        Assert.Equal(OperationOutcome.Created, first.Outcome);
        Assert.Equal(OperationOutcome.Skipped, second.Outcome);
        Assert.Equal(OperationOutcome.Removed, removed.Outcome);
        Assert.NotNull(me.Value);
        log.AssertClean(minimumExchanges: 6);
    }
}
