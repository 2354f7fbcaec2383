using SubscriberSdk.Bulk;
using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Essential;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Bulk.Essential;

public sealed class EssentialBulkTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Paced_single_upserts_write_every_valid_record_once_and_report_the_rest()
    {
        using var tenant = new EssentialTestTenant(simulator);
        List<EssentialUpsertRequest?> input = [.. Enumerable.Range(0, 12).Select(i => new EssentialUpsertRequest { PhoneNumber = $"212200{i:D4}" })];
        input.Add(new EssentialUpsertRequest { PhoneNumber = "+442071838750" });
        input.Add(null);
        input.Add(new EssentialUpsertRequest { PhoneNumber = "+12122000003", EmailAddress = " Later@Example.com " });

        var result = await tenant.Client.BulkUpsertAsync(tenant.ChannelSid, input, new BulkOptions { ChunkSize = 5, MaxConcurrency = 2 });
        var again = await tenant.Client.BulkUpsertAsync(tenant.ChannelSid, input, new BulkOptions { ChunkSize = 5 });

        Assert.Equal(12, result.Created);
        Assert.Equal(BulkRecordStatus.Skipped, result.Records[3].Status);
        Assert.Contains("must be a US number", result.Records[12].Reason);
        Assert.Equal(BulkRecordStatus.Failed, result.Records[13].Status);
        Assert.Equal(12, again.Updated);
        Assert.Equal(12, tenant.Engine.ListSubscribers(tenant.Credentials.AccountSid).Count);
    }

    [Fact]
    public async Task CreateOnly_is_refused_because_the_upsert_cannot_honour_it()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            tenant.Client.BulkUpsertAsync(tenant.ChannelSid, [new EssentialUpsertRequest { PhoneNumber = "2122000000" }], new BulkOptions { CreateOnly = true }));

        Assert.Contains("create-only", error.Message);
    }
}
