using SubscriberSdk.Bulk;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.MobileTextAlerts;

/// <summary>A bulk run as its caller sees it against the simulator's 15-per-15-seconds limit: progress, cancellation, resume.</summary>
public sealed class MobileTextAlertsBulkUxTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mta-bulk-ux-").FullName;

    [Fact]
    public async Task Progress_comes_once_per_chunk_and_every_second_of_a_rate_limit_wait_with_a_countdown_and_an_ETA()
    {
        await using var harness = new MtaBulkHarness();
        var progress = new RecordingProgress();
        var started = harness.Clock.GetUtcNow();

        await harness.RunAsync(BulkData.Subscribers(20_000), harness.Options(), progress);

        var reports = progress.Reports.ToArray();
        var chunkReports = reports.Zip(reports.Skip(1), (before, after) => after.ChunksDone - before.ChunksDone).Count(step => step > 0);
        // At most one report per chunk (twice per chunk was the bug); two chunks that finish together
        // may share one report, so the count is a ceiling, and the last report has all 20.
        Assert.InRange(chunkReports + (reports[0].ChunksDone > 0 ? 1 : 0), 15, 20);
        Assert.Equal(20, reports[^1].ChunksDone);
        Assert.All(reports.Zip(reports.Skip(1)), pair => Assert.False(
            pair.First.ChunksDone == pair.Second.ChunksDone && pair.First.Elapsed == pair.Second.Elapsed, $"repeated report at {pair.Second.Elapsed}: {pair.Second}"));
        var waiting = reports.Where(r => r.WaitingForRateLimitUntil is not null).ToArray();
        Assert.NotEmpty(waiting);
        Assert.All(waiting, r =>
        {
            Assert.Equal(r.WaitingForRateLimitUntil - (started + r.Elapsed), r.RateLimitWaitRemaining);
            Assert.NotNull(r.EstimatedCompletion);
            Assert.True(r.EstimatedCompletion >= r.WaitingForRateLimitUntil, r.ToString());
        });
        var firstWait = waiting[0];
        var duringThatWait = reports.Where(r => r.Elapsed >= firstWait.Elapsed && started + r.Elapsed < firstWait.WaitingForRateLimitUntil).Select(r => r.Elapsed).ToArray();
        Assert.True(duringThatWait.Length >= 10, $"{duringThatWait.Length} reports during a wait of {firstWait.RateLimitWaitRemaining}");
        Assert.All(duringThatWait.Zip(duringThatWait.Skip(1)), pair => Assert.True(pair.Second - pair.First <= TimeSpan.FromSeconds(1), $"{pair.First} -> {pair.Second}"));
        Assert.All(reports, r => Assert.InRange(r.RecordsPerSecond, 0, 15_000 / 15.0));
    }

    [Fact]
    public async Task Cancellation_hands_back_every_finished_chunk()
    {
        await using var harness = new MtaBulkHarness();
        using var cancel = new CancellationTokenSource();
        var options = harness.Options(chunkSize: 100);
        options.MaxConcurrency = 1;
        options.ChunkCompleted = (chunk, _) =>
        {
            if (chunk.ChunkIndex == 2)
            {
                cancel.Cancel();
            }

            return ValueTask.CompletedTask;
        };

        var error = await Assert.ThrowsAsync<BulkRunCanceledException>(() => harness.RunAsync(BulkData.Subscribers(600), options, cancellationToken: cancel.Token));

        var result = error.Result;
        Assert.True(result.IsCanceled);
        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.Equal([0, 1, 2], result.Chunks.Select(c => c.ChunkIndex).Order());
        Assert.Equal(300, result.CreatedOrUpdated);
        Assert.Equal(300, result.NotProcessed);
        Assert.All(result.Records.Skip(300), r => Assert.True(r.IsRetriable));
        Assert.Equal(300, harness.StoredNumbers().Count);
    }

    [Fact]
    public async Task A_resume_in_a_new_process_waits_out_the_window_the_first_run_used_and_meets_no_429()
    {
        await using var harness = new MtaBulkHarness();
        var data = BulkData.Subscribers(2_000);
        var checkpoint = Path.Combine(_folder, "resume.jsonl");
        using var cancel = new CancellationTokenSource();
        var first = Options(harness, new FileBulkCheckpointStore(checkpoint));
        var completed = 0;
        first.ChunkCompleted = (_, _) =>
        {
            // Counted, not "chunk 11 is done": chunks run concurrently, so chunk 11 may finish while an
            // earlier one is still in flight, and the first run would then have used less of the window.
            if (Interlocked.Increment(ref completed) == 12)
            {
                cancel.Cancel();
            }

            return ValueTask.CompletedTask;
        };
        var stopped = await Assert.ThrowsAsync<BulkRunCanceledException>(() => harness.RunAsync(data, first, cancellationToken: cancel.Token));
        var sentBefore = harness.BulkCalls.Count;

        // A new process: a client with its own pacer, which knows nothing of the first run's requests.
        using var fresh = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            ApiKey = harness.Account.ApiKey,
            BaseAddress = new Uri(harness.Server.BaseAddress, "mta"),
            Transport = harness.Transport,
            TimeProvider = harness.Clock,
            Pacing = { QueueLimit = 9_999 },
        });
        var resumed = await harness.Clock.DriveAsync(fresh.BulkCreateAsync(data, Options(harness, new FileBulkCheckpointStore(checkpoint))));

        var resumeCalls = harness.BulkCalls.Skip(sentBefore).ToArray();
        Assert.NotEmpty(resumeCalls);
        Assert.DoesNotContain(resumeCalls, c => c.Status == 429);
        Assert.Equal(2_000, resumed.CreatedOrUpdated);
        Assert.True(stopped.Result.Chunks.Count >= 12);
        MobileTextAlertsBulkCeilingTests.AssertStoreHoldsExactly(harness, data.Select(d => d.PhoneNumber!));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static BulkOptions Options(MtaBulkHarness harness, IBulkCheckpointStore store)
    {
        var options = harness.Options(chunkSize: 100);
        options.RunId = "resume-run";
        options.CheckpointStore = store;
        return options;
    }
}
