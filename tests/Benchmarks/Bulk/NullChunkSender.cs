using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Bulk.MobileTextAlerts.Internal;
using SubscriberSdk.MobileTextAlerts;

namespace Benchmarks.Bulk;

/// <summary>A sender that accepts every chunk at once, so a run measures only the engine's own work.</summary>
internal sealed class NullChunkSender : IBulkChunkSender<MobileTextAlertsSubscriberRequest>
{
    public string ProviderName => "Null";

    public int MaxChunkSize => BulkOptions.MaxChunkSize;

    public BulkNormalization<MobileTextAlertsSubscriberRequest> Normalize(MobileTextAlertsSubscriberRequest record, BulkOptions options) =>
        MobileTextAlertsBulkRecords.Normalize(record, "US");

    public string Canonical(MobileTextAlertsSubscriberRequest record) => MobileTextAlertsBulkRecords.Canonical(record);

    public Task<BulkChunkOutcome> SendAsync(BulkChunk<MobileTextAlertsSubscriberRequest> chunk, CancellationToken cancellationToken) =>
        Task.FromResult(new BulkChunkOutcome(chunk.Records.Select(r => new BulkRecordResult(r.InputIndex, BulkRecordStatus.Created)).ToArray(), 1, null));
}
