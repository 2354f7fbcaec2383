namespace SubscriberSdk.Internal;

/// <summary>Reports work and waits on the clock to an <see cref="IClockWaitObserver"/> when the clock is one; otherwise does nothing.</summary>
internal static class ClockWaits
{
    public static IDisposable? Working(TimeProvider time) => (time as IClockWaitObserver)?.Working();

    public static IDisposable? WaitingOnNextTimer(TimeProvider time) => (time as IClockWaitObserver)?.WaitingOnNextTimer();

    /// <summary>Waits for <paramref name="delay"/> on <paramref name="time"/>, reporting the wait.</summary>
    public static async Task DelayAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        var wait = Task.Delay(delay, time, cancellationToken);
        using (Waiting(time, wait))
        {
            // The rest of the caller never runs on the thread that fired the timer: a clock may fire
            // timers while it holds its own lock (FakeTimeProvider-based test clocks do), and work that
            // then creates a timer on the same clock would wait for that lock forever.
            await wait.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        }
    }

    /// <summary>Waits until <paramref name="until"/> on <paramref name="time"/> (at once when it has passed), reporting the wait.</summary>
    public static async Task DelayUntilAsync(DateTimeOffset until, TimeProvider time, CancellationToken cancellationToken)
    {
        var remaining = until - time.GetUtcNow();
        if (remaining > TimeSpan.Zero)
        {
            await DelayAsync(remaining, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Awaits a lease (or anything the clock releases), reporting the wait only when it does not complete at once.</summary>
    public static async ValueTask<T> WaitAsync<T>(ValueTask<T> pending, TimeProvider time)
    {
        if (pending.IsCompleted || time is not IClockWaitObserver observer)
        {
            return await pending.ConfigureAwait(false);
        }

        var task = pending.AsTask();
        using (observer.Waiting(task))
        {
            return await task.ConfigureAwait(false);
        }
    }

    private static IDisposable? Waiting(TimeProvider time, Task release) =>
        release.IsCompleted ? null : (time as IClockWaitObserver)?.Waiting(release);
}
