using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.MobileTextAlerts;

public sealed class MobileTextAlertsExportAndOptOutTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Export_returns_every_subscriber_or_the_matching_ones()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550500", FirstName = "Ada" });
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { Email = "grace@example.com", FirstName = "Grace" });

        var all = await tenant.Client.Subscribers.ExportAsync();
        var some = await tenant.Client.Subscribers.ExportAsync("grace");

        Assert.Equal(2, all.Value.Total);
        Assert.Equal(["Ada", "Grace"], all.Value.Rows.Select(r => r.FirstName));
        Assert.NotNull(all.Value.ExportedAt);
        Assert.Equal("grace@example.com", Assert.Single(some.Value.Rows).Email);
        Assert.Equal("query", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Subscribers.ExportAsync(" "))).ParamName);
    }

    [Fact]
    public async Task Bulk_unsubscribe_opts_numbers_out_in_one_request()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var result = await tenant.Client.Unsubscribes.BulkUnsubscribeAsync(["+14155550510", "(415) 555-0511", "+14155550510"]);

        Assert.Equal(3, result.Value.TotalRecordCount);
        Assert.Equal(3, result.Value.UnsubscribedRecordCount);
        Assert.Empty(result.Value.ErrorRecords);
        Assert.Equal(["+14155550510", "+14155550511"], tenant.Engine.ListUnsubscribes(tenant.Account.TenantId).Select(u => u.E164));
        Assert.True((await tenant.Client.Unsubscribes.IsUnsubscribedAsync("+14155550511")).Value);
    }

    [Fact]
    public async Task Bulk_unsubscribe_refuses_a_malformed_number_before_sending()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var before = simulator.Journal().Count;

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Unsubscribes.BulkUnsubscribeAsync(["+14155550520", "12"]));

        Assert.Equal("phoneNumbers[1]", error.ParamName);
        Assert.Equal("phoneNumbers", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Unsubscribes.BulkUnsubscribeAsync([]))).ParamName);
        Assert.Equal(before, simulator.Journal().Count);
    }

    [Fact]
    public async Task Deleting_a_custom_field_removes_it_and_its_values()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var field = tenant.Engine.AddCustomField(tenant.Account.TenantId, "Tier");
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550530", Fields = new Dictionary<int, string> { [field.Id] = "gold" } });

        var deleted = await tenant.Client.CustomFields.DeleteAsync(field.Id);

        Assert.Equal(OperationOutcome.Removed, deleted.Outcome);
        Assert.Equal("Custom field deleted successfully.", deleted.Value);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.Account.TenantId).Single().Fields);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.CustomFields.GetAsync(field.Id));
    }
}
