namespace SubscriberSdk.Bulk.Internal;

/// <summary>Counts finished records and chunks from concurrent chunk tasks and reports snapshots.</summary>
internal sealed class BulkProgressTracker
{
    private readonly object _gate = new();
    private readonly IProgress<BulkProgress>? _progress;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly int _totalRecords;
    private readonly int _totalChunks;
    private int _done;
    private int _failed;
    private int _chunksDone;
    private int _sentThisRun;

    public BulkProgressTracker(IProgress<BulkProgress>? progress, TimeProvider time, int totalRecords, int totalChunks)
    {
        _progress = progress;
        _time = time;
        _started = time.GetTimestamp();
        _totalRecords = totalRecords;
        _totalChunks = totalChunks;
    }

    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    /// <summary>Counts records that have an outcome without a request (local rejects, duplicates, restored chunks).</summary>
    public void AddSettled(IEnumerable<BulkRecordResult> records, bool isChunk)
    {
        lock (_gate)
        {
            Count(records);
            _chunksDone += isChunk ? 1 : 0;
        }
    }

    /// <summary>Counts a chunk this run sent.</summary>
    public void AddSent(IReadOnlyList<BulkRecordResult> records)
    {
        lock (_gate)
        {
            Count(records);
            _sentThisRun += records.Count;
            _chunksDone++;
        }
    }

    public void Report(DateTimeOffset? waitingUntil = null)
    {
        if (_progress is null)
        {
            return;
        }

        BulkProgress snapshot;
        lock (_gate)
        {
            var elapsed = Elapsed;
            snapshot = new BulkProgress
            {
                TotalRecords = _totalRecords,
                RecordsDone = _done,
                RecordsFailed = _failed,
                ChunksDone = _chunksDone,
                TotalChunks = _totalChunks,
                RecordsPerSecond = elapsed > TimeSpan.Zero ? _sentThisRun / elapsed.TotalSeconds : 0,
                Elapsed = elapsed,
                WaitingForRateLimitUntil = waitingUntil,
            };
        }

        _progress.Report(snapshot);
    }

    private void Count(IEnumerable<BulkRecordResult> records)
    {
        foreach (var record in records)
        {
            if (record.Status == BulkRecordStatus.NotProcessed)
            {
                continue;
            }

            _done++;
            _failed += record.Status == BulkRecordStatus.Failed ? 1 : 0;
        }
    }
}
