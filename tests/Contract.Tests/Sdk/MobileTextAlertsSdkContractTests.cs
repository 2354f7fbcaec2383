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
        var log = new ContractViolationLog();
        using var client = ClientOfNewAccount(log);

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
        await client.CustomFields.ListAsync().ToListAsync();
        await client.Subscribers.DeleteAsync("+14155550904");
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.Subscribers.GetAsync("+14155550904"));

        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal(OperationOutcome.Updated, updated.Outcome);
        log.AssertClean(minimumExchanges: 9);
    }

    [Fact]
    public async Task Bulk_and_unsubscribe_calls_follow_the_mobile_text_alerts_spec()
    {
        var log = new ContractViolationLog();
        using var client = ClientOfNewAccount(log);

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

    [Fact]
    public async Task Group_member_send_export_and_delete_calls_follow_the_mobile_text_alerts_spec()
    {
        var log = new ContractViolationLog();
        using var client = ClientOfNewAccount(log);
        var group = await client.Groups.CreateAsync(new MobileTextAlertsGroupRequest { Name = "Contract" });
        var field = await client.CustomFields.CreateAsync("Tier", MobileTextAlertsCustomFieldType.String);
        var member = await client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550920" });
        var groupId = group.Value.Id;

        await client.Groups.UpdateAsync(groupId, new MobileTextAlertsGroupUpdate { Description = "Checked" });
        await client.Groups.AddSubscriberAsync(groupId, member.Value.Id);
        var bulk = await client.Groups.AddSubscribersAsync(groupId, [member.Value.Id]);
        await client.Groups.RemoveSubscribersAsync(groupId, [member.Value.Id]);
        await client.Groups.AddSubscriberAsync(groupId, member.Value.Id);
        await client.Groups.RemoveSubscriberAsync(groupId, member.Value.Id);
        await client.Groups.GetMemberCountAsync(groupId);
        await client.Groups.GetMemberCountsAsync([groupId]);
        await client.Groups.ListMemberCountsAsync().ToListAsync();
        await client.Unsubscribes.BulkUnsubscribeAsync(["+14155550921"]);
        var sent = await client.Messages.SendAsync(new MobileTextAlertsMessage { Text = "Contract check.", Recipients = ["+14155550920", "+14155550921"] });
        var export = await client.Subscribers.ExportAsync();
        await client.CustomFields.DeleteAsync(field.Value.Id);
        await client.Groups.DeleteAsync(groupId);

        Assert.Equal(0, bulk.Value.ChangedCount);
        Assert.Equal((1, 1), (sent.Value.SentCount, sent.Value.OptedOutCount));
        Assert.Equal(2, export.Value.Total);
        log.AssertClean(minimumExchanges: 17);
    }

    /// <summary>A client of a fresh account, so each test's counts start from nothing.</summary>
    private MobileTextAlertsClient ClientOfNewAccount(ContractViolationLog log)
    {
        var account = simulator.Server.GetEngine<MobileTextAlertsEngine>().CreateAccount();
        return new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            ApiKey = account.ApiKey,
            BaseAddress = simulator.BaseAddress(ProviderSpec.MobileTextAlerts),
            Transport = simulator.Transport(log),
        });
    }
}
