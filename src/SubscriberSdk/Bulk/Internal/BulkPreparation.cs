namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Reads the whole input, normalises each record, rejects invalid ones with a reason and removes
/// duplicates by natural key (the last one wins; earlier ones are reported as skipped).
/// </summary>
internal sealed class BulkPreparation<TRecord>
{
    private const int BatchSize = 4096;

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
        var batch = new List<TRecord?>(BatchSize);

        // One batch is normalised in the background while the next is read and the one before is kept, so
        // neither reading the input nor the serial de-duplication leaves a core idle.
        Task<BulkNormalizedInput<TRecord>[]>? inFlight = null;
        try
        {
            await foreach (var record in input.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(record);
                if (batch.Count == BatchSize)
                {
                    var full = batch;
                    var started = Task.Run(() => Normalize(full, sender, options, cancellationToken), cancellationToken);
                    batch = new List<TRecord?>(BatchSize);
                    var previous = inFlight;
                    inFlight = started;
                    if (previous is not null)
                    {
                        Keep(await previous.ConfigureAwait(false), results, kept, positionByKey);
                    }
                }
            }

            if (inFlight is not null)
            {
                Keep(await inFlight.ConfigureAwait(false), results, kept, positionByKey);
                inFlight = null;
            }
        }
        finally
        {
            // Leaving early (the input threw, a record failed, cancellation): wait for the batch still being
            // normalised, so no work outlives the call; the failure that ended the loop is the one reported.
            if (inFlight is not null)
            {
                await inFlight.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }

        Keep(Normalize(batch, sender, options, cancellationToken), results, kept, positionByKey);
        return new BulkPreparation<TRecord>([.. results], Winners(kept));
    }

    // Records are normalised a batch at a time on every core: parsing phone numbers is most of the work, the
    // engine sends nothing until the whole input is prepared, and senders' Normalize and Canonical are pure.
    private static BulkNormalizedInput<TRecord>[] Normalize(List<TRecord?> batch, IBulkChunkSender<TRecord> sender, BulkOptions options, CancellationToken cancellationToken)
    {
        var normalized = new BulkNormalizedInput<TRecord>[batch.Count];
        try
        {
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                if (batch[i] is not { } record)
                {
                    normalized[i] = new BulkNormalizedInput<TRecord>(default, null, IsNull: true);
                    return;
                }

                var result = sender.Normalize(record, options);
                normalized[i] = new BulkNormalizedInput<TRecord>(result, result.IsValid ? sender.Canonical(result.Record!) : null, IsNull: false);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failure inside Normalize surfaces as itself, as it did when records were normalised one by one.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return normalized;
    }

    private static BulkPreparedRecord<TRecord>[] Winners(List<BulkPreparedRecord<TRecord>?> kept)
    {
        var count = 0;
        foreach (var record in kept)
        {
            count += record is null ? 0 : 1;
        }

        var winners = new BulkPreparedRecord<TRecord>[count];
        var next = 0;
        foreach (var record in kept)
        {
            if (record is not null)
            {
                winners[next++] = record;
            }
        }

        return winners;
    }

    // In input order, so "the last one wins" and the skipped records' reasons stay what they were.
    private static void Keep(
        BulkNormalizedInput<TRecord>[] batch, List<BulkRecordResult?> results,
        List<BulkPreparedRecord<TRecord>?> kept, Dictionary<string, int> positionByKey)
    {
        foreach (var (normalized, canonical, isNull) in batch)
        {
            var inputIndex = results.Count;
            results.Add(null);
            if (isNull)
            {
                results[inputIndex] = new BulkRecordResult(inputIndex, BulkRecordStatus.Failed, "the record is null");
                continue;
            }

            if (!normalized.IsValid)
            {
                results[inputIndex] = new BulkRecordResult(inputIndex, BulkRecordStatus.Failed, normalized.Error);
                continue;
            }

            var prepared = new BulkPreparedRecord<TRecord>(inputIndex, normalized.Record!, normalized.NaturalKey!, canonical!);
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
    }
}
