using SubscriberSdk.Bulk;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSdk.Tests.MobileTextAlerts;

namespace SubscriberSdk.Tests.Bulk.MobileTextAlerts;

public sealed class MobileTextAlertsBulkRegionTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_bulk_import_reads_national_numbers_in_the_clients_DefaultRegion()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator, o => o.DefaultRegion = "GB");
        MobileTextAlertsSubscriberRequest[] records =
        [
            new() { PhoneNumber = "07400 123456" },
            new() { PhoneNumber = "+1 914 844 0001" },
            new() { PhoneNumber = "1-800-FLOWERS" },
        ];

        var result = await tenant.Client.BulkCreateAsync(records, new BulkOptions());

        Assert.Equal(2, result.CreatedOrUpdated);
        Assert.Equal(BulkRecordStatus.Failed, result.Records[2].Status);
        Assert.Equal("the phone number cannot be read as E.164: it contains letters", result.Records[2].Reason);
        Assert.Equal(["+19148440001", "+447400123456"], tenant.Engine.ListSubscribers(tenant.Account.TenantId).Select(s => s.E164).Order(StringComparer.Ordinal));
    }
}
