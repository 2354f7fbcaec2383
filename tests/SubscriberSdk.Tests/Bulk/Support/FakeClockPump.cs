using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>
/// Drives a run on a fake clock: whenever nothing has happened for a short real-time settle window,
/// the system is waiting on the clock (pacer, retry delay, timeout), so time jumps to the next timer.
/// While a request is in flight the clock waits much longer (it may be a response the simulator holds
/// back on purpose, which only a client timeout ends). The windows only decide when to move the
/// clock; no assertion depends on real time.
/// </summary>
internal static class FakeClockPump
{
    private static readonly TimeSpan SettleWindow = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan SafetyLimit = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ParkedWindow = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan IdleStep = TimeSpan.FromSeconds(1);

    public static async Task<T> RunAsync<T>(Task<T> run, ManualTimeProvider clock, ActivitySignal activity, Func<int> requestsInFlight)
    {
        var deadline = DateTime.UtcNow + SafetyLimit;
        var quiet = TimeSpan.Zero;
        while (!run.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The run did not finish within the safety limit; it is probably waiting on something the clock cannot release.");
            }

            var finished = await Task.WhenAny(run, activity.WaitForActivityAsync(SettleWindow));
            if (finished == run)
            {
                break;
            }

            if (((Task<bool>)finished).Result)
            {
                quiet = TimeSpan.Zero;
                continue;
            }

            quiet += SettleWindow;
            if (requestsInFlight() > 0 && quiet < ParkedWindow)
            {
                continue;
            }

            quiet = TimeSpan.Zero;
            var due = clock.PendingDueTimes();
            clock.Advance(due.Count > 0 && due[0] > TimeSpan.Zero ? due[0] : IdleStep);
        }

        return await run;
    }
}
