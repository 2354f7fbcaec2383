using SubscriberSdk.Bulk;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.MobileTextAlerts;

public sealed class MobileTextAlertsBulkUpdateTests
{
    [Fact]
    public async Task Bulk_update_changes_existing_subscribers_and_reports_unknown_and_invalid_ones()
    {
        await using var harness = new MtaBulkHarness();
        var existing = BulkData.Subscribers(30);
        await harness.RunAsync(existing, harness.Options());
        List<MobileTextAlertsBulkUpdate?> updates =
        [
            .. existing.Select((s, i) => i % 2 == 0
                ? new MobileTextAlertsBulkUpdate { PhoneNumber = s.PhoneNumber, Changes = new() { LastName = "Updated" } }
                : new MobileTextAlertsBulkUpdate { Email = s.Email!.ToUpperInvariant(), Changes = new() { LastName = "Updated" } }),
            new MobileTextAlertsBulkUpdate { PhoneNumber = BulkData.Phone(999), Changes = new() { LastName = "Nobody" } },
            new MobileTextAlertsBulkUpdate { PhoneNumber = BulkData.Phone(1), Email = "both@example.com", Changes = new() },
        ];

        var result = await harness.Clock.DriveAsync(harness.Client.BulkUpdateAsync(updates, harness.Options(chunkSize: 10)));

        Assert.Equal(30, result.Updated);
        Assert.Equal(BulkRecordStatus.Failed, result.Records[30].Status);
        Assert.False(result.Records[30].IsRetriable);
        Assert.Contains("more than one", result.Records[31].Reason);
        var stored = harness.Engine.ListSubscribers(harness.Account.TenantId);
        Assert.Equal(30, stored.Count);
        Assert.All(stored, s => Assert.Equal("Updated", s.LastName));
    }
}
