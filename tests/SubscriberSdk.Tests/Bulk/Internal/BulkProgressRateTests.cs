using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.TestSupport.Time;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.Internal;

public sealed class BulkProgressRateTests
{
    [Fact]
    public async Task Records_per_second_is_measured_over_a_moving_15_second_window_not_the_first_burst()
    {
        var clock = new TimerTrackingTimeProvider();
        var progress = new RecordingProgress();
        var start = clock.GetUtcNow();
        var options = new BulkOptions
        {
            ChunkSize = 1000,
            MaxConcurrency = 1,
            TimeProvider = clock,
            ChunkCompleted = (chunk, _) =>
            {
                // Ten chunks in the first second, then one after a 20-second pause.
                clock.Advance(chunk.ChunkIndex == 9 ? TimeSpan.FromSeconds(20) : TimeSpan.FromMilliseconds(100));
                return ValueTask.CompletedTask;
            },
        };

        await new BulkRunner<MobileTextAlertsSubscriberRequest>(new FakeChunkSender(), options, progress).RunAsync(BulkData.Subscribers(11_000), CancellationToken.None);

        var afterBurst = progress.Reports.Single(r => r.ChunksDone == 10);
        var afterPause = progress.Reports.Single(r => r.ChunksDone == 11);
        Assert.Equal(10_000 / 15.0, afterBurst.RecordsPerSecond, 3);
        Assert.Equal(1_000 / 15.0, afterPause.RecordsPerSecond, 3);
        // 1,000 records left at 10,000 per 15 s: 1.5 s after the burst's last chunk (at 0.9 s).
        Assert.Equal(start + TimeSpan.FromSeconds(0.9 + 1.5), afterBurst.EstimatedCompletion);
    }
}
