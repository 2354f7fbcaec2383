using System.Collections.Concurrent;
using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Bulk.MobileTextAlerts.Internal;
using SubscriberSdk.MobileTextAlerts;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>
/// A sender that writes into a dictionary instead of a provider, with the real Mobile Text Alerts
/// normalisation. Tests script failures per chunk index and see every chunk it was given.
/// </summary>
internal sealed class FakeChunkSender : IBulkChunkSender<MobileTextAlertsSubscriberRequest>
{
    public ConcurrentDictionary<string, int> Store { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<BulkChunk<MobileTextAlertsSubscriberRequest>> Sent { get; } = new();

    /// <summary>Exception to throw for a chunk index (each entry used once).</summary>
    public ConcurrentDictionary<int, Exception> FailOnce { get; } = new();

    /// <summary>Chunks whose answer leaves out their first record.</summary>
    public HashSet<int> DropFirstRecord { get; } = [];

    /// <summary>The rate-limit window each answer reports.</summary>
    public Func<int, BulkRateLimitState?> RateLimitFor { get; set; } = _ => null;

    /// <summary>An exception to throw while normalising a record (a sender's bug), or null to normalise it.</summary>
    public Func<MobileTextAlertsSubscriberRequest, Exception?> FailNormalizing { get; set; } = _ => null;

    public string ProviderName => "Fake";

    public int MaxChunkSize { get; set; } = BulkOptions.MaxChunkSize;

    public BulkNormalization<MobileTextAlertsSubscriberRequest> Normalize(MobileTextAlertsSubscriberRequest record, BulkOptions options) =>
        FailNormalizing(record) is { } failure ? throw failure : MobileTextAlertsBulkRecords.Normalize(record, "US");

    public string Canonical(MobileTextAlertsSubscriberRequest record) => MobileTextAlertsBulkRecords.Canonical(record);

    public Task<BulkChunkOutcome> SendAsync(BulkChunk<MobileTextAlertsSubscriberRequest> chunk, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Sent.Enqueue(chunk);
        if (FailOnce.TryRemove(chunk.Index, out var failure))
        {
            throw failure;
        }

        var results = new List<BulkRecordResult>();
        foreach (var record in chunk.Records.Skip(DropFirstRecord.Contains(chunk.Index) ? 1 : 0))
        {
            var created = Store.TryAdd(record.NaturalKey, 1);
            if (!created)
            {
                Store[record.NaturalKey]++;
            }

            results.Add(new BulkRecordResult(record.InputIndex, created ? BulkRecordStatus.Created : BulkRecordStatus.Updated));
        }

        return Task.FromResult(new BulkChunkOutcome(results, 1, RateLimitFor(chunk.Index)));
    }
}
