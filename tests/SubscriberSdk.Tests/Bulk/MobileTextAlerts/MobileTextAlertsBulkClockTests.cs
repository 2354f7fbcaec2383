using SubscriberSdk.Bulk;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.MobileTextAlerts;

/// <summary>A bulk run without <see cref="BulkOptions.TimeProvider"/> runs on the clock of the client it goes through.</summary>
public sealed class MobileTextAlertsBulkClockTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_run_without_its_own_clock_waits_and_measures_on_the_clients_fake_clock()
    {
        await using var harness = new MtaBulkHarness();
        var options = new BulkOptions { ChunkSize = 1, MaxConcurrency = 1 };
        var progress = new RecordingProgress();
        var started = harness.Clock.GetUtcNow();

        // 16 single-record requests overflow the 15-per-15-seconds window: the run waits for the provider's
        // reset on its clock. On the system clock that wait would be real (and stamped with today's date).
        var result = await harness.RunAsync(BulkData.Subscribers(16), options, progress);

        var finished = harness.Clock.GetUtcNow();
        Assert.Equal(16, result.CreatedOrUpdated);
        var waits = progress.Reports.Select(p => p.WaitingForRateLimitUntil).OfType<DateTimeOffset>().ToList();
        Assert.NotEmpty(waits);
        Assert.All(waits, until => Assert.InRange(until, started, finished + Window));
        Assert.InRange(result.Elapsed, Window - TimeSpan.FromSeconds(1), finished - started);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }
}
