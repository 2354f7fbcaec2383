namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Counts finished records and chunks from concurrent chunk tasks and reports snapshots: one per event
/// (start, each chunk), and while chunks wait for the rate limit at most one a second however many wait.
/// </summary>
internal sealed class BulkProgressTracker
{
    /// <summary>The window <see cref="BulkProgress.RecordsPerSecond"/> is measured over.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(15);

    /// <summary>The most often a wait for the rate limit is reported.</summary>
    public static readonly TimeSpan WaitReportInterval = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly IProgress<BulkProgress>? _progress;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly int _totalRecords;
    private readonly int _totalChunks;
    private readonly Queue<(DateTimeOffset At, int Records)> _recent = new();
    private DateTimeOffset _lastWaitReport = DateTimeOffset.MinValue;
    private int _done;
    private int _failed;
    private int _chunksDone;

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
            _recent.Enqueue((_time.GetUtcNow(), records.Count));
            _chunksDone++;
        }
    }

    /// <summary>Reports an event (the start, a finished chunk), saying whether new chunks now wait for the rate limit.</summary>
    public void Report(DateTimeOffset? waitingUntil = null)
    {
        if (_progress is null)
        {
            return;
        }

        BulkProgress snapshot;
        lock (_gate)
        {
            snapshot = Snapshot(waitingUntil);
        }

        _progress.Report(snapshot);
    }

    /// <summary>Reports a wait for the rate limit, unless a report within the last second already told of one.</summary>
    public void ReportWaiting(DateTimeOffset until)
    {
        if (_progress is null)
        {
            return;
        }

        BulkProgress snapshot;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now - _lastWaitReport < WaitReportInterval)
            {
                return;
            }

            snapshot = Snapshot(until);
        }

        _progress.Report(snapshot);
    }

    private BulkProgress Snapshot(DateTimeOffset? waitingUntil)
    {
        var now = _time.GetUtcNow();
        var waiting = waitingUntil > now ? waitingUntil : null;
        if (waiting is not null)
        {
            _lastWaitReport = now;
        }

        while (_recent.Count > 0 && now - _recent.Peek().At >= RateWindow)
        {
            _recent.Dequeue();
        }

        var perSecond = _recent.Sum(r => r.Records) / RateWindow.TotalSeconds;
        return new BulkProgress
        {
            TotalRecords = _totalRecords,
            RecordsDone = _done,
            RecordsFailed = _failed,
            ChunksDone = _chunksDone,
            TotalChunks = _totalChunks,
            RecordsPerSecond = perSecond,
            Elapsed = Elapsed,
            WaitingForRateLimitUntil = waiting,
            RateLimitWaitRemaining = waiting - now,
            EstimatedCompletion = Estimate(now, perSecond, waiting),
        };
    }

    private DateTimeOffset? Estimate(DateTimeOffset now, double perSecond, DateTimeOffset? waiting)
    {
        if (perSecond <= 0)
        {
            return null;
        }

        var atPace = now + TimeSpan.FromSeconds((_totalRecords - _done) / perSecond);
        return waiting > atPace ? waiting : atPace;
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
