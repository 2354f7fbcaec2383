using SubscriberSdk.Attentive;
using SubscriberSdk.Bulk;
using SubscriberSdk.Tests.Attentive;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.Attentive;

namespace SubscriberSdk.Tests.Bulk.Attentive;

public sealed class AttentiveBulkTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Single_subscribe_calls_write_each_valid_user_once_and_skip_existing_ones()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        AttentiveSubscribeRequest?[] first =
        [
            Subscribe("+12122000101"),
            Subscribe("(212) 200-0102"),
            Subscribe("+1 5"),
            Subscribe("+12122000101"),
            new AttentiveSubscribeRequest { SignUpSourceId = AttentiveTestTenant.SignUpSourceId },
        ];

        var result = await tenant.Client.BulkSubscribeAsync(first, new BulkOptions { ChunkSize = 2 });
        var again = await tenant.Client.BulkSubscribeAsync([Subscribe("+12122000102"), Subscribe("+12122000103")]);

        Assert.Equal([BulkRecordStatus.Skipped, BulkRecordStatus.Created, BulkRecordStatus.Failed, BulkRecordStatus.Created, BulkRecordStatus.Failed],
            result.Records.Select(r => r.Status));
        Assert.Equal([BulkRecordStatus.Skipped, BulkRecordStatus.Created], again.Records.Select(r => r.Status));
        Assert.Single(tenant.Engine.GetSubscriptions(tenant.CompanyId, AttentiveChannel.Text, "+12122000102"));
    }

    private static AttentiveSubscribeRequest Subscribe(string phone) => new() { Phone = phone, SignUpSourceId = AttentiveTestTenant.SignUpSourceId };
}
