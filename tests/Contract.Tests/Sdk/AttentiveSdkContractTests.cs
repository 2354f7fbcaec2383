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
        var log = new ContractViolationLog();
        using var client = ClientForNewCompany(log);
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

    [Fact]
    public async Task The_user_event_identity_and_bulk_calls_follow_the_attentive_spec()
    {
        var log = new ContractViolationLog();
        using var client = ClientForNewCompany(log);
        var record = new AttentiveUserAttributesRequest
        {
            Identifiers = new AttentiveUserIdentifiers { Phone = "+14155550904", Email = "v2@example.com", CustomIdentifiers = [new SubscriberSdk.Attentive.AttentiveCustomIdentifier { Name = "crm", Value = "7" }] },
            Attributes = new AttentiveUserAttributes
            {
                FirstName = "Ada",
                Demographic = new AttentiveUserDemographic { DateOfBirth = new DateOnly(1990, 4, 12), Age = 36 },
                Custom = new Dictionary<string, object> { ["tier"] = "gold", ["score"] = 9.5 },
            },
            Subscriptions = [new AttentiveUserSubscription { SignUpSourceId = "src-1", Channel = SubscriberSdk.Attentive.AttentiveSubscriptionChannel.Text }],
        };

        await client.Users.IdentifyAsync(new AttentiveUserIdentifiers { Phone = "+14155550904", ClientUserId = "cust-904" });
        await client.Users.SetCustomAttributesAsync(new AttentiveCustomAttributesRequest
        {
            User = new AttentiveEventUser { ClientUserId = "cust-904" },
            Properties = new Dictionary<string, object> { ["vip"] = true },
        });
        await client.Events.SendCustomAsync(new AttentiveCustomEventRequest
        {
            Type = "Order Shipped",
            User = new AttentiveEventUser { Phone = "+14155550904" },
            Properties = new Dictionary<string, object?> { ["mediaUrl"] = "https://cdn.example.com/a.jpg", ["items"] = new[] { 1, 2 } },
            OccurredAt = DateTimeOffset.UtcNow,
        });
        var upserted = await client.Users.UpsertAsync(record);
        var submitted = await client.BulkJobs.SubmitUserAttributesAsync([record]);
        var job = await client.BulkJobs.GetAsync(submitted.Value.BatchJobId);

        Assert.True(upserted.Value.Success);
        Assert.Equal(SubscriberSdk.Attentive.AttentiveBulkJobStatus.Completed, job.Value.Status);
        log.AssertClean(minimumExchanges: 6);
    }

    /// <summary>A client for a new company with the API sign-up unit "src-1", sending through the contract check.</summary>
    private AttentiveClient ClientForNewCompany(ContractViolationLog log)
    {
        var engine = simulator.Server.GetEngine<AttentiveEngine>();
        var company = engine.CreateCompany();
        engine.AddSignUpUnit(company, new AttentiveSignUpUnit("src-1", SubscriberSimulator.Engines.Attentive.AttentiveSubscriptionType.Marketing));
        return new AttentiveClient(new AttentiveClientOptions
        {
            AccessToken = engine.AddToken(company),
            BaseAddress = simulator.BaseAddress(ProviderSpec.Attentive),
            Transport = simulator.Transport(log),
        });
    }
}
