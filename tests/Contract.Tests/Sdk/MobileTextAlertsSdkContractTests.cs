using Contract.Tests.Contracts;
using SubscriberSdk;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace Contract.Tests.Sdk;

public sealed class MobileTextAlertsSdkContractTests(SdkContractFixture simulator) : IClassFixture<SdkContractFixture>
{
    [Fact]
    public async Task Facade_calls_and_simulator_answers_follow_the_mobile_text_alerts_spec()
    {
        var engine = simulator.Server.GetEngine<MobileTextAlertsEngine>();
        var account = engine.CreateAccount();
        var log = new ContractViolationLog();
        using var client = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            ApiKey = account.ApiKey,
            BaseAddress = simulator.BaseAddress(ProviderSpec.MobileTextAlerts),
            Transport = simulator.Transport(log),
        });

        var group = await client.Groups.CreateAsync(new MobileTextAlertsGroupRequest { Name = "Loyal" });
        var created = await client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest
        {
            PhoneNumber = "+14155550904",
            Email = "mta@example.com",
            GroupIds = [group.Value.Id],
        });
        var updated = await client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550904", FirstName = "Ada" });
        await client.Subscribers.GetAsync("mta@example.com");
        await client.Subscribers.UpdateAsync("+14155550904", new MobileTextAlertsSubscriberRequest { LastName = "Lovelace" });
        await client.Groups.ListAsync().ToListAsync();
        await client.CustomFields.ListAsync();
        await client.Subscribers.DeleteAsync("+14155550904");
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.Subscribers.GetAsync("+14155550904"));

        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal(OperationOutcome.Updated, updated.Outcome);
        log.AssertClean(minimumExchanges: 9);
    }

    [Fact]
    public async Task Bulk_and_unsubscribe_calls_follow_the_mobile_text_alerts_spec()
    {
        var engine = simulator.Server.GetEngine<MobileTextAlertsEngine>();
        var account = engine.CreateAccount();
        var log = new ContractViolationLog();
        using var client = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            ApiKey = account.ApiKey,
            BaseAddress = simulator.BaseAddress(ProviderSpec.MobileTextAlerts),
            Transport = simulator.Transport(log),
        });

        await client.Subscribers.BulkCreateAsync([new() { PhoneNumber = "+14155550910" }, new() { Email = "bulk@example.com" }]);
        var createOnly = await client.Subscribers.BulkCreateAsync([new() { PhoneNumber = "+14155550910" }], createOnly: true);
        var updated = await client.Subscribers.BulkUpdateAsync([new MobileTextAlertsBulkUpdate { PhoneNumber = "+14155550910", Changes = new() { FirstName = "Bulk" } }]);
        await client.Unsubscribes.UnsubscribeAsync("+14155550911");
        var unsubscribed = await client.Unsubscribes.IsUnsubscribedAsync("+14155550911");

        Assert.Equal(1, createOnly.Value?.ErrorRecordCount);
        Assert.True(unsubscribed.Value);
        Assert.NotNull(updated.Value);
        log.AssertClean(minimumExchanges: 5);
    }
}
