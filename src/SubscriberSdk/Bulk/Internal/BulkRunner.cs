using SubscriberSdk.Internal;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Runs a bulk import: prepare (normalise, reject, de-duplicate), chunk, restore finished chunks from the
/// checkpoint, then send the rest with bounded concurrency, recording each finished chunk before moving
/// on. Per-record and per-chunk failures become results; only authentication failures, invalid settings,
/// checkpoint mismatches and cancellation throw.
/// </summary>
internal sealed class BulkRunner<TRecord>
{
    private readonly IBulkChunkSender<TRecord> _sender;
    private readonly BulkOptions _options;
    private readonly IProgress<BulkProgress>? _progress;
    private readonly BulkRateLimitGate _rateLimit;
    private int _consecutiveChunkFailures;
    private volatile bool _stopSending;

    public BulkRunner(IBulkChunkSender<TRecord> sender, BulkOptions? options, IProgress<BulkProgress>? progress)
    {
        _sender = sender;
        _options = options ?? new BulkOptions();
        _progress = progress;
        _options.Validate(sender.MaxChunkSize, sender.ProviderName);
        _rateLimit = new BulkRateLimitGate(_options.TimeProvider);
    }

    public Task<BulkResult> RunAsync(IEnumerable<TRecord?> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return RunAsync(BulkInput.From(records, cancellationToken), cancellationToken);
    }

    public async Task<BulkResult> RunAsync(IAsyncEnumerable<TRecord?> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var preparation = await BulkPreparation<TRecord>.PrepareAsync(records, _sender, _options, cancellationToken).ConfigureAwait(false);
        var runId = _options.RunId ?? Guid.NewGuid().ToString("N");
        var chunks = BulkChunker.Split(runId, preparation.Records, _options);
        var results = preparation.Results;
        var manifest = new BulkRunManifest(runId, _sender.ProviderName,
            BulkKeys.InputFingerprint(_sender.ProviderName, _options, results.Length, preparation.Records), results.Length, chunks.Count);

        var tracker = new BulkProgressTracker(_progress, _options.TimeProvider, results.Length, chunks.Count);
        tracker.AddSettled(results.OfType<BulkRecordResult>(), isChunk: false);
        var chunkResults = new BulkChunkResult?[chunks.Count];
        var pending = await RestoreAsync(manifest, chunks, results, chunkResults, tracker, cancellationToken).ConfigureAwait(false);
        tracker.Report();

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pending, parallel, async (chunk, token) =>
        {
            using var working = ClockWaits.Working(_options.TimeProvider);
            var done = await SendChunkAsync(chunk, tracker, token).ConfigureAwait(false);
            chunkResults[chunk.Index] = done;
            foreach (var record in done.Records)
            {
                results[record.InputIndex] = record;
            }

            if (_options.ChunkCompleted is { } callback)
            {
                await callback(done, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        var final = new BulkRecordResult[results.Length];
        for (var i = 0; i < final.Length; i++)
        {
            final[i] = results[i] ?? new BulkRecordResult(i, BulkRecordStatus.NotProcessed, "the run stopped before this record was sent");
        }

        return new BulkResult(runId, final, chunkResults.OfType<BulkChunkResult>().ToArray(), tracker.Elapsed);
    }

    private async Task<IReadOnlyList<BulkChunk<TRecord>>> RestoreAsync(
        BulkRunManifest manifest, IReadOnlyList<BulkChunk<TRecord>> chunks, BulkRecordResult?[] results,
        BulkChunkResult?[] chunkResults, BulkProgressTracker tracker, CancellationToken cancellationToken)
    {
        if (_options.CheckpointStore is not { } store)
        {
            return chunks;
        }

        var checkpoint = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (checkpoint is null)
        {
            await store.BeginAsync(manifest, cancellationToken).ConfigureAwait(false);
            return chunks;
        }

        BulkCheckpointValidator.Check(checkpoint, manifest, _options.RunId, chunks);
        var finished = new HashSet<int>();
        foreach (var saved in checkpoint.Chunks)
        {
            if (!finished.Add(saved.ChunkIndex))
            {
                continue;
            }

            foreach (var record in saved.Records)
            {
                results[record.InputIndex] = record;
            }

            chunkResults[saved.ChunkIndex] = new BulkChunkResult(saved.ChunkIndex, saved.ChunkKey, saved.Records, 0, FromCheckpoint: true);
            tracker.AddSettled(saved.Records, isChunk: true);
        }

        // An unfinished chunk may have reached the provider before the earlier run stopped.
        return chunks.Where(c => !finished.Contains(c.Index)).Select(c => c with { MayHaveBeenApplied = true }).ToArray();
    }

    private async Task<BulkChunkResult> SendChunkAsync(BulkChunk<TRecord> chunk, BulkProgressTracker tracker, CancellationToken cancellationToken)
    {
        if (_stopSending)
        {
            var skipped = chunk.Records.Select(r => new BulkRecordResult(r.InputIndex, BulkRecordStatus.NotProcessed,
                "not sent: earlier chunks kept failing, so the run stopped sending (resume it later)", IsRetriable: true, chunk.Index)).ToArray();
            return new BulkChunkResult(chunk.Index, chunk.Key, skipped, 0, FromCheckpoint: false);
        }

        await _rateLimit.EnterAsync(until => tracker.Report(until), cancellationToken).ConfigureAwait(false);
        BulkChunkOutcome outcome;
        try
        {
            outcome = await _sender.SendAsync(chunk, cancellationToken).ConfigureAwait(false);
            _rateLimit.Exit(outcome.RateLimit);
        }
        catch (Exception e)
        {
            _rateLimit.Exit(null);
            if (!IsChunkFailure(e, cancellationToken))
            {
                throw;
            }

            var failure = (SubscriberApiException)e;
            if (failure.IsTransient && Interlocked.Increment(ref _consecutiveChunkFailures) >= _options.MaxConsecutiveChunkFailures)
            {
                _stopSending = true;
            }

            var failed = chunk.Records.Select(r => new BulkRecordResult(r.InputIndex, BulkRecordStatus.Failed,
                $"the request for chunk {chunk.Index} failed: {failure.Message}", failure.IsTransient, chunk.Index)).ToArray();
            tracker.AddSent(failed);
            tracker.Report();
            return new BulkChunkResult(chunk.Index, chunk.Key, failed, failure.Details.Attempts, FromCheckpoint: false);
        }

        Interlocked.Exchange(ref _consecutiveChunkFailures, 0);
        var records = BulkOutcomeCheck.Complete(chunk, outcome.Records);
        if (_options.CheckpointStore is { } store)
        {
            // The chunk is finished at the provider; record it even if the run is being cancelled.
            await store.RecordChunkAsync(new BulkChunkCheckpoint(chunk.Index, chunk.Key, records), CancellationToken.None).ConfigureAwait(false);
        }

        tracker.AddSent(records);
        tracker.Report(_rateLimit.BlockedUntil);
        return new BulkChunkResult(chunk.Index, chunk.Key, records, outcome.Attempts, FromCheckpoint: false);
    }

    private static bool IsChunkFailure(Exception e, CancellationToken cancellationToken) =>
        e is SubscriberApiException and not AuthenticationFailedException && !cancellationToken.IsCancellationRequested;
}
