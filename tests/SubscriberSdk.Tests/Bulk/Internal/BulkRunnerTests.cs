using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Bulk.Support;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Bulk.Internal;

public sealed class BulkRunnerTests
{
    private static readonly SubscriberErrorDetails Transient = new() { Provider = "Fake", StatusCode = 503, IsTransient = true, Attempts = 4 };

    [Fact]
    public async Task Rejects_invalid_records_with_reasons_and_keeps_the_last_duplicate()
    {
        var sender = new FakeChunkSender();
        MobileTextAlertsSubscriberRequest?[] input =
        [
            new() { PhoneNumber = "(212) 200-0001" },
            null,
            new() { FirstName = "nobody" },
            new() { PhoneNumber = "+1 12" },
            new() { Email = "not-an-address@" },
            new() { Email = "  Mixed@Example.COM " },
            new() { PhoneNumber = "+12122000001", FirstName = "later" },
        ];

        var result = await Run(sender, input, new BulkOptions());

        Assert.Equal(7, result.Total);
        Assert.Equal(BulkRecordStatus.Skipped, result.Records[0].Status);
        Assert.Contains("input record 6", result.Records[0].Reason);
        Assert.Equal("the record is null", result.Records[1].Reason);
        Assert.Contains("no identifier", result.Records[2].Reason);
        Assert.Contains("E.164", result.Records[3].Reason);
        Assert.Contains("email", result.Records[4].Reason);
        Assert.All(result.Records.Skip(1).Take(4), r => Assert.Equal(BulkRecordStatus.Failed, r.Status));
        Assert.Equal(BulkRecordStatus.Created, result.Records[5].Status);
        Assert.Equal(BulkRecordStatus.Created, result.Records[6].Status);
        Assert.Equal(["email:mixed@example.com", "phone:+12122000001"], sender.Store.Keys.Order());
        var sent = Assert.Single(sender.Sent);
        Assert.Equal("later", sent.Records.Single(r => r.InputIndex == 6).Record.FirstName);
        Assert.Equal(4, result.Failed);
        Assert.Equal(1, result.Skipped);
    }

    [Fact]
    public async Task Chunks_at_the_chunk_size_with_keys_stable_for_the_run_and_content()
    {
        var first = new FakeChunkSender();
        var again = new FakeChunkSender();
        var otherRun = new FakeChunkSender();
        var data = BulkData.Subscribers(25);

        await Run(first, data, new BulkOptions { ChunkSize = 10, RunId = "run-a" });
        await Run(again, data, new BulkOptions { ChunkSize = 10, RunId = "run-a" });
        await Run(otherRun, data, new BulkOptions { ChunkSize = 10, RunId = "run-b" });

        var chunks = first.Sent.OrderBy(c => c.Index).ToArray();
        Assert.Equal([10, 10, 5], chunks.Select(c => c.Records.Count));
        Assert.Equal(chunks.Select(c => c.Key), again.Sent.OrderBy(c => c.Index).Select(c => c.Key));
        Assert.Empty(chunks.Select(c => c.Key).Intersect(otherRun.Sent.Select(c => c.Key)));
        Assert.Equal(3, chunks.Select(c => c.Key).Distinct().Count());
        Assert.All(chunks, c => Assert.Matches("^[0-9a-f]{64}$", c.Key));
    }

    [Fact]
    public async Task A_chunk_size_over_the_provider_limit_throws_before_reading_input()
    {
        var sender = new FakeChunkSender();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Run(sender, BulkData.Subscribers(3), new BulkOptions { ChunkSize = 1001 }));

        Assert.Contains("1000", error.Message);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task A_failed_request_fails_its_records_as_retriable_and_the_rest_continue()
    {
        var sender = new FakeChunkSender();
        sender.FailOnce[1] = new SubscriberApiException("Fake request failed: HTTP 503 after 4 attempts.", Transient);

        var result = await Run(sender, BulkData.Subscribers(30), new BulkOptions { ChunkSize = 10, MaxConcurrency = 1 });

        Assert.Equal(20, result.Created);
        Assert.Equal(10, result.Failed);
        Assert.All(result.Records.Skip(10).Take(10), r =>
        {
            Assert.True(r.IsRetriable);
            Assert.Equal(1, r.ChunkIndex);
            Assert.Contains("503", r.Reason);
        });
    }

    [Fact]
    public async Task Repeated_chunk_failures_stop_sending_and_leave_the_rest_not_processed()
    {
        var sender = new FakeChunkSender();
        for (var i = 0; i < 2; i++)
        {
            sender.FailOnce[i] = new SubscriberApiException("down", Transient);
        }

        var result = await Run(sender, BulkData.Subscribers(40), new BulkOptions { ChunkSize = 10, MaxConcurrency = 1, MaxConsecutiveChunkFailures = 2 });

        Assert.Equal(2, sender.Sent.Count);
        Assert.Equal(20, result.Failed);
        Assert.Equal(20, result.NotProcessed);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public async Task Authentication_failure_throws()
    {
        var sender = new FakeChunkSender();
        sender.FailOnce[0] = new AuthenticationFailedException("refused", new SubscriberErrorDetails { Provider = "Fake", StatusCode = 401 });

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => Run(sender, BulkData.Subscribers(5), new BulkOptions()));
    }

    [Fact]
    public async Task A_record_missing_from_the_answer_is_failed_not_dropped()
    {
        var sender = new FakeChunkSender();
        sender.DropFirstRecord.Add(0);

        var result = await Run(sender, BulkData.Subscribers(3), new BulkOptions());

        Assert.Equal(BulkRecordStatus.Failed, result.Records[0].Status);
        Assert.True(result.Records[0].IsRetriable);
        Assert.Equal(2, result.Created);
    }

    [Fact]
    public async Task Progress_counts_every_record_and_waits_for_a_used_up_rate_limit_window()
    {
        var clock = new TimerTrackingTimeProvider();
        var reset = clock.GetUtcNow() + TimeSpan.FromSeconds(15);
        var sender = new FakeChunkSender { RateLimitFor = index => index == 0 ? new BulkRateLimitState(0, reset) : new BulkRateLimitState(10, reset) };
        var progress = new RecordingProgress();
        var clockAtSend = new List<DateTimeOffset>();
        var options = new BulkOptions
        {
            ChunkSize = 5,
            MaxConcurrency = 1,
            TimeProvider = clock,
            ChunkCompleted = (_, _) =>
            {
                clockAtSend.Add(clock.GetUtcNow());
                if (progress.Reports.LastOrDefault()?.WaitingForRateLimitUntil is { } until)
                {
                    clock.Advance(until - clock.GetUtcNow());
                }

                return ValueTask.CompletedTask;
            },
        };

        await Run(sender, [.. BulkData.Subscribers(20), null], options, progress);

        var last = progress.Reports.Last();
        Assert.Equal(21, last.RecordsDone);
        Assert.Equal(1, last.RecordsFailed);
        Assert.Equal(4, last.ChunksDone);
        Assert.Contains(progress.Reports, p => p.WaitingForRateLimitUntil == reset);
        Assert.Contains("waiting for rate limit until", progress.Reports.First(p => p.WaitingForRateLimitUntil is not null).ToString());
        Assert.Equal([reset, reset, reset], clockAtSend.Skip(1));
    }

    [Fact]
    public async Task Chunk_results_stream_as_they_finish()
    {
        var sender = new FakeChunkSender();
        var streamed = new List<BulkChunkResult>();
        var options = new BulkOptions { ChunkSize = 4, MaxConcurrency = 1, ChunkCompleted = (chunk, _) => { streamed.Add(chunk); return ValueTask.CompletedTask; } };

        var result = await Run(sender, BulkData.Subscribers(10), options);

        Assert.Equal([0, 1, 2], streamed.Select(c => c.ChunkIndex));
        Assert.Equal(10, streamed.Sum(c => c.Records.Count));
        Assert.Equal(3, result.Chunks.Count);
    }

    private static Task<BulkResult> Run(FakeChunkSender sender, IEnumerable<MobileTextAlertsSubscriberRequest?> input, BulkOptions options, IProgress<BulkProgress>? progress = null) =>
        new BulkRunner<MobileTextAlertsSubscriberRequest>(sender, options, progress).RunAsync(input, CancellationToken.None);
}
