using SubscriberSdk.Internal;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Runs a bulk import: prepare (normalise, reject, de-duplicate), chunk, restore finished chunks from the
/// checkpoint, then send the rest with bounded concurrency, recording each finished chunk before moving
/// on. Per-record and per-chunk failures become results; only authentication failures, invalid settings,
/// checkpoint mismatches and cancellation throw. Cancellation after the first chunk was sent throws a
/// <see cref="BulkRunCanceledException"/> carrying the result so far: every finished chunk, the rest not processed.
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

        var tracker = new BulkProgressTracker(_progress, _options.TimeProvider, results.Length, chunks.Count);
        tracker.AddSettled(results.OfType<BulkRecordResult>(), isChunk: false);
        var chunkResults = new BulkChunkResult?[chunks.Count];
        var pending = await RestoreAsync(runId, preparation.Records, chunks, results, chunkResults, tracker, cancellationToken).ConfigureAwait(false);
        tracker.Report();

        try
        {
            await BulkWorkers.RunAsync(pending, _options.MaxConcurrency, _options.TimeProvider, async (chunk, token) =>
            {
                var done = await SendChunkAsync(chunk, tracker, token).ConfigureAwait(false);
                lock (chunkResults)
                {
                    chunkResults[chunk.Index] = done;
                    foreach (var record in done.Records)
                    {
                        results[record.InputIndex] = record;
                    }
                }

                if (_options.ChunkCompleted is { } callback)
                {
                    await callback(done, token).ConfigureAwait(false);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            BulkResult partial;
            lock (chunkResults)
            {
                partial = Result(runId, results, chunkResults, tracker, "the run was cancelled before this record's chunk finished (resume it to send it)", canceled: true);
            }

            throw new BulkRunCanceledException(partial, e, cancellationToken);
        }

        return Result(runId, results, chunkResults, tracker, "the run stopped before this record was sent", canceled: false);
    }

    private static BulkResult Result(string runId, BulkRecordResult?[] results, BulkChunkResult?[] chunkResults, BulkProgressTracker tracker, string notProcessed, bool canceled)
    {
        var final = new BulkRecordResult[results.Length];
        for (var i = 0; i < final.Length; i++)
        {
            final[i] = results[i] ?? new BulkRecordResult(i, BulkRecordStatus.NotProcessed, notProcessed, IsRetriable: canceled);
        }

        return new BulkResult(runId, final, chunkResults.OfType<BulkChunkResult>().ToArray(), tracker.Elapsed) { IsCanceled = canceled };
    }

    private async Task<IReadOnlyList<BulkChunk<TRecord>>> RestoreAsync(
        string runId, IReadOnlyList<BulkPreparedRecord<TRecord>> prepared, IReadOnlyList<BulkChunk<TRecord>> chunks, BulkRecordResult?[] results,
        BulkChunkResult?[] chunkResults, BulkProgressTracker tracker, CancellationToken cancellationToken)
    {
        if (_options.CheckpointStore is not { } store)
        {
            return chunks;
        }

        // Only a checkpoint needs the input's fingerprint: a pass over every record, so a run without one skips it.
        var manifest = new BulkRunManifest(runId, _sender.ProviderName,
            BulkKeys.InputFingerprint(_sender.ProviderName, _options, results.Length, prepared), results.Length, chunks.Count);

        var checkpoint = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (checkpoint is null)
        {
            await store.BeginAsync(manifest, cancellationToken).ConfigureAwait(false);
            return chunks;
        }

        BulkCheckpointValidator.Check(checkpoint, manifest, _options.RunId, chunks);
        ResumeRateLimitWindow(checkpoint.Chunks);
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

    /// <summary>
    /// Starts the gate from the window the earlier run last saw: the fewest requests its provider said remained
    /// in the window of its latest request, less one for every request that may have been in flight uncounted
    /// when it stopped (up to <see cref="BulkOptions.MaxConcurrency"/>), until that window resets.
    /// </summary>
    private void ResumeRateLimitWindow(IReadOnlyList<BulkChunkCheckpoint> saved)
    {
        var latest = saved.Where(c => c.SentAt is not null && c.RateLimitResetAt is not null).MaxBy(c => c.SentAt);
        if (latest?.RateLimitResetAt is not { } windowEnd || windowEnd <= _options.TimeProvider.GetUtcNow())
        {
            return;
        }

        var remaining = saved.Where(c => c.RateLimitResetAt == windowEnd && c.RateLimitRemaining is not null).Min(c => c.RateLimitRemaining!.Value);
        _rateLimit.Resume(remaining - _options.MaxConcurrency, windowEnd);
    }

    private async Task<BulkChunkResult> SendChunkAsync(BulkChunk<TRecord> chunk, BulkProgressTracker tracker, CancellationToken cancellationToken)
    {
        if (_stopSending)
        {
            var skipped = chunk.Records.Select(r => new BulkRecordResult(r.InputIndex, BulkRecordStatus.NotProcessed,
                "not sent: earlier chunks kept failing, so the run stopped sending (resume it later)", IsRetriable: true, chunk.Index)).ToArray();
            return new BulkChunkResult(chunk.Index, chunk.Key, skipped, 0, FromCheckpoint: false);
        }

        await _rateLimit.EnterAsync(tracker.ReportWaiting, BulkProgressTracker.WaitReportInterval, cancellationToken).ConfigureAwait(false);
        var sentAt = _options.TimeProvider.GetUtcNow();
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
            var saved = new BulkChunkCheckpoint(chunk.Index, chunk.Key, records)
            {
                SentAt = sentAt,
                RateLimitRemaining = outcome.RateLimit?.Remaining,
                RateLimitResetAt = outcome.RateLimit?.ResetAt,
            };
            await store.RecordChunkAsync(saved, CancellationToken.None).ConfigureAwait(false);
        }

        tracker.AddSent(records);
        tracker.Report(_rateLimit.BlockedUntil);
        return new BulkChunkResult(chunk.Index, chunk.Key, records, outcome.Attempts, FromCheckpoint: false);
    }

    private static bool IsChunkFailure(Exception e, CancellationToken cancellationToken) =>
        e is SubscriberApiException and not AuthenticationFailedException && !cancellationToken.IsCancellationRequested;
}
