using Reliability.Tests.Support;
using SubscriberSdk;
using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using SubscriberSimulator.Engines.Attentive;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Engines.MobileTextAlerts;
using SubscriberSimulator.Engines.Sequenzy;

namespace Reliability.Tests.Faults;

/// <summary>
/// A fault on each provider's main operation, once, and the SDK retrying: the call succeeds, the
/// subscriber exists exactly once and no message goes out twice. "reset-after-commit" is the hard case:
/// the simulator committed, then the connection broke, so the retry replays a request that already worked.
/// </summary>
public sealed class FaultRetryTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    public static TheoryData<string> Faults() => new(FaultStubs.All);

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task EssentialUpsertSurvivesFault(string fault)
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var admin = simulator.Server.CreateClient();
        var path = $"/essential/v2/account/channels/{tenant.EssentialChannelSid}/subscribers/upsert";
        await FaultStubs.AddOnceAsync(admin, fault, "POST", path, tenant.EssentialBasic);
        using var client = SdkClients.Essential(simulator.Server, tenant);

        var response = await client.Subscribers.UpsertAsync(tenant.EssentialChannelSid, new EssentialUpsertRequest { PhoneNumber = "+12129870401" });

        Assert.Contains(response.Outcome, new[] { OperationOutcome.Created, OperationOutcome.Updated });
        Assert.Equal(2, await FaultStubs.CountAsync(admin, "POST", path, tenant.EssentialBasic));
        Assert.Single(simulator.Server.GetEngine<EssentialEngine>().ListSubscribers(tenant.EssentialAccountSid));
        AssertNoMessageTwice("essential", tenant.EssentialAccountSid, expectedAtLeast: 1);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task MobileTextAlertsUpsertSurvivesFault(string fault)
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var admin = simulator.Server.CreateClient();
        var credential = tenant.Authorization("mta");
        await FaultStubs.AddOnceAsync(admin, fault, "POST", "/mta/v3/subscribers", credential);
        using var client = SdkClients.MobileTextAlerts(simulator.Server, tenant);

        var response = await client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+12129870402", FirstName = "Ada", WelcomeMessage = "Welcome!" });

        Assert.Contains(response.Outcome, new[] { OperationOutcome.Created, OperationOutcome.Updated });
        Assert.Equal(2, await FaultStubs.CountAsync(admin, "POST", "/mta/v3/subscribers", credential));
        Assert.Single(simulator.Server.GetEngine<MobileTextAlertsEngine>().ListSubscribers(tenant.MtaTenantId));
        AssertNoMessageTwice("mta", tenant.MtaTenantId, expectedAtLeast: 1);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task MobileTextAlertsBulkImportSurvivesFault(string fault)
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var admin = simulator.Server.CreateClient();
        var credential = tenant.Authorization("mta");
        await FaultStubs.AddOnceAsync(admin, fault, "POST", "/mta/v3/subscribers/bulk", credential);
        using var client = SdkClients.MobileTextAlerts(simulator.Server, tenant);
        var records = Enumerable.Range(0, 250).Select(i => new MobileTextAlertsSubscriberRequest { PhoneNumber = $"+1212987{5000 + i:D4}", FirstName = "Bulk" }).ToList();

        var result = await client.BulkCreateAsync(records, new SubscriberSdk.Bulk.BulkOptions { ChunkSize = 100, MaxConcurrency = 1 });

        Assert.True(result.IsComplete, $"failed {result.Failed}, not processed {result.NotProcessed}");
        Assert.Equal(250, result.Total);
        Assert.Equal(250, simulator.Server.GetEngine<MobileTextAlertsEngine>().ListSubscribers(tenant.MtaTenantId).Count);
        Assert.Equal(4, await FaultStubs.CountAsync(admin, "POST", "/mta/v3/subscribers/bulk", credential));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task SequenzyUpsertSurvivesFault(string fault)
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var admin = simulator.Server.CreateClient();
        var credential = tenant.Authorization("sequenzy");
        await FaultStubs.AddOnceAsync(admin, fault, "POST", "/sequenzy/api/v1/subscribers", credential);
        using var client = SdkClients.Sequenzy(simulator.Server, tenant);

        var response = await client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "fault.sequenzy@example.com", FirstName = "Ada", Tags = ["vip"] });

        Assert.NotEqual(OperationOutcome.Unknown, response.Outcome);
        Assert.Equal(2, await FaultStubs.CountAsync(admin, "POST", "/sequenzy/api/v1/subscribers", credential));
        var stored = Assert.Single(simulator.Server.GetEngine<SequenzyEngine>().ListSubscribers(tenant.SequenzyWorkspaceId));
        Assert.Equal("Ada", stored.FirstName);
        AssertNoMessageTwice("sequenzy", tenant.SequenzyWorkspaceId, expectedAtLeast: 0);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AttentiveSubscribeSurvivesFault(string fault)
    {
        var tenant = ProviderTenant.Create(simulator.Server);
        using var admin = simulator.Server.CreateClient();
        var credential = tenant.Authorization("attentive");
        await FaultStubs.AddOnceAsync(admin, fault, "POST", "/attentive/v1/subscriptions", credential);
        using var client = SdkClients.Attentive(simulator.Server, tenant);

        var response = await client.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+12129870403", SignUpSourceId = ProviderTenant.AttentiveSignUpSourceId });

        Assert.NotEqual(OperationOutcome.Unknown, response.Outcome);
        Assert.Equal(2, await FaultStubs.CountAsync(admin, "POST", "/attentive/v1/subscriptions", credential));
        var engine = simulator.Server.GetEngine<AttentiveEngine>();
        Assert.Equal(1, engine.CountContacts(tenant.AttentiveCompanyId, AttentiveChannel.Text));
        AssertNoMessageTwice("attentive", tenant.AttentiveCompanyId, expectedAtLeast: 1);

        // Attentive takes no idempotency key: a replay after reset-after-commit is a repeat subscribe, which
        // Attentive answers PREVIOUSLY_CREATED with an "already subscribed" text. Not a duplicate, but one
        // extra text the person receives; the opt-in texts themselves went out once (asserted above).
        var kinds = simulator.Server.Outbox.List("attentive", tenant.AttentiveCompanyId).Select(message => message.Kind).ToArray();
        Assert.Equal(fault == FaultStubs.ResetAfterCommit, kinds.Contains("already-subscribed"));
    }

    private void AssertNoMessageTwice(string provider, string tenantId, int expectedAtLeast)
    {
        var messages = simulator.Server.Outbox.List(provider, tenantId);
        Assert.True(messages.Count >= expectedAtLeast, $"expected at least {expectedAtLeast} outbox message(s), found {messages.Count}");
        var repeated = messages.GroupBy(message => (message.To, message.Kind)).Where(group => group.Count() > 1).Select(group => group.Key.Kind).ToArray();
        Assert.True(repeated.Length == 0, $"sent twice: {string.Join(", ", repeated)}");
    }
}
