using SubscriberSdk.Bulk;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Bulk;

public sealed class BulkOptionsTests
{
    [Fact]
    public void Without_a_clock_the_run_gets_a_copy_on_the_clients_clock_and_the_callers_options_stay_unchanged()
    {
        var clientClock = new TimerTrackingTimeProvider();
        var options = new BulkOptions { ChunkSize = 10, RunId = "run-1", CreateOnly = true };

        var resolved = options.WithDefaultClock(clientClock);

        Assert.NotSame(options, resolved);
        Assert.Same(clientClock, resolved.TimeProvider);
        Assert.Equal((10, "run-1", true), (resolved.ChunkSize, resolved.RunId, resolved.CreateOnly));
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }

    [Fact]
    public void A_clock_set_on_the_options_wins_over_the_clients()
    {
        var ownClock = new TimerTrackingTimeProvider();
        var options = new BulkOptions { TimeProvider = ownClock };

        var resolved = options.WithDefaultClock(new TimerTrackingTimeProvider());

        Assert.Same(options, resolved);
        Assert.Same(ownClock, resolved.TimeProvider);
    }

    [Fact]
    public void A_null_clock_is_refused_with_a_message_that_says_how_to_get_the_default()
    {
        var options = new BulkOptions();

        var error = Assert.Throws<ArgumentNullException>(() => options.TimeProvider = null!);

        Assert.Contains("client's clock", error.Message, StringComparison.Ordinal);
    }
}
