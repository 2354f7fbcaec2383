using SubscriberSdk.Internal;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>
/// The fake clock of a bulk run, which moves itself only when the run cannot move without it. The SDK
/// reports to it (<see cref="IClockWaitObserver"/>) each bulk worker and each wait on the clock (pacing
/// window, server's reset, retry delay, poll interval); when every worker is waiting, the clock jumps to
/// the next timer and fires it. A wait the clock has ended (its task completed, its time reached) no
/// longer counts as soon as the timer fired, so a woken worker is never overtaken by the next jump.
/// Nothing here depends on how long anything takes in real time.
/// </summary>
internal sealed class BulkTestClock : TimerTrackingTimeProvider, IClockWaitObserver
{
    // Only to fail a hung test: no report from the run for this long in real time.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private readonly object _gate = new();
    private readonly HashSet<ClockWait> _waits = [];
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);
    private int _working;

    public BulkTestClock()
    {
        TimersChanged += Changed;
    }

    /// <summary>Runs <paramref name="run"/> to the end, moving the clock whenever every worker waits on it.</summary>
    public async Task<T> DriveAsync<T>(Task<T> run)
    {
        while (!run.IsCompleted)
        {
            if (EveryWorkerWaits())
            {
                if (!AdvanceToNextTimer())
                {
                    throw new InvalidOperationException("Every bulk worker waits on the clock, but no timer is scheduled to wake one.");
                }

                continue;
            }

            // Something is still running (a request, a response being read): wait until it reports.
            if (!await _changed.WaitAsync(HangLimit) && !run.IsCompleted)
            {
                throw new TimeoutException($"The bulk run reported nothing for {HangLimit.TotalSeconds} s of real time: {Describe()}.");
            }
        }

        return await run;
    }

    IDisposable IClockWaitObserver.Working()
    {
        lock (_gate)
        {
            _working++;
        }

        Changed();
        return new Release(() =>
        {
            lock (_gate)
            {
                _working--;
            }
        }, Changed);
    }

    IDisposable IClockWaitObserver.Waiting(Task release) => Add(new ClockWait(release, null));

    IDisposable IClockWaitObserver.WaitingUntil(DateTimeOffset until) => Add(new ClockWait(null, until));

    /// <summary>Counts the caller as waiting until <paramref name="cancellationToken"/> is cancelled (a response the server holds back).</summary>
    public IDisposable WaitingForCancellation(CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        var wait = ((IClockWaitObserver)this).Waiting(cancelled.Task);
        return new Release(registration.Dispose, wait.Dispose);
    }

    private IDisposable Add(ClockWait wait)
    {
        lock (_gate)
        {
            _waits.Add(wait);
        }

        Changed();
        return new Release(() =>
        {
            lock (_gate)
            {
                _waits.Remove(wait);
            }
        }, Changed);
    }

    private bool EveryWorkerWaits()
    {
        var now = GetUtcNow();
        ClockWait[] waits;
        int working;
        lock (_gate)
        {
            waits = [.. _waits];
            working = _working;
        }

        return working > 0 && waits.Count(w => w.Blocks(this, now)) >= working;
    }

    private void Changed() => _changed.Release();

    private string Describe()
    {
        var now = GetUtcNow();
        lock (_gate)
        {
            return $"{_working} worker(s), {_waits.Count(w => w.Blocks(this, now))} of {_waits.Count} wait(s) blocked, "
                + $"timers due in [{string.Join(", ", PendingDueTimes())}] at {now:O}";
        }
    }

    private sealed class ClockWait(Task? release, DateTimeOffset? until)
    {
        // A timer a library creates (a retry delay) counts once it exists, so the clock never jumps past it.
        public bool Blocks(BulkTestClock clock, DateTimeOffset now) =>
            release is { } task ? !task.IsCompleted : now < until && clock.HasTimerDueAt(until!.Value);
    }

    private sealed class Release(Action first, Action then) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                first();
                then();
            }
        }
    }
}
