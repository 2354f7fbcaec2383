namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Reads the whole input, normalises each record, rejects invalid ones with a reason and removes
/// duplicates by natural key (the last one wins; earlier ones are reported as skipped).
/// </summary>
internal sealed class BulkPreparation<TRecord>
{
    private BulkPreparation(BulkRecordResult?[] results, IReadOnlyList<BulkPreparedRecord<TRecord>> records)
    {
        Results = results;
        Records = records;
    }

    /// <summary>One slot per input record; filled for records rejected or replaced here, null for those to send.</summary>
    public BulkRecordResult?[] Results { get; }

    /// <summary>The records to send, in input order of the winning occurrence.</summary>
    public IReadOnlyList<BulkPreparedRecord<TRecord>> Records { get; }

    public static async Task<BulkPreparation<TRecord>> PrepareAsync(
        IAsyncEnumerable<TRecord?> input, IBulkChunkSender<TRecord> sender, BulkOptions options, CancellationToken cancellationToken)
    {
        List<BulkRecordResult?> results = [];
        List<BulkPreparedRecord<TRecord>?> kept = [];
        var positionByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        await foreach (var record in input.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var inputIndex = index++;
            results.Add(null);
            if (record is null)
            {
                results[inputIndex] = new BulkRecordResult(inputIndex, BulkRecordStatus.Failed, "the record is null");
                continue;
            }

            var normalized = sender.Normalize(record, options);
            if (!normalized.IsValid)
            {
                results[inputIndex] = new BulkRecordResult(inputIndex, BulkRecordStatus.Failed, normalized.Error);
                continue;
            }

            var prepared = new BulkPreparedRecord<TRecord>(inputIndex, normalized.Record!, normalized.NaturalKey!, sender.Canonical(normalized.Record!));
            if (positionByKey.TryGetValue(prepared.NaturalKey, out var earlier))
            {
                var replaced = kept[earlier]!;
                results[replaced.InputIndex] = new BulkRecordResult(replaced.InputIndex, BulkRecordStatus.Skipped,
                    $"duplicate: input record {inputIndex} has the same identifier and replaces it (last one wins)");
                kept[earlier] = null;
            }

            positionByKey[prepared.NaturalKey] = kept.Count;
            kept.Add(prepared);
        }

        return new BulkPreparation<TRecord>([.. results], kept.OfType<BulkPreparedRecord<TRecord>>().ToArray());
    }
}
