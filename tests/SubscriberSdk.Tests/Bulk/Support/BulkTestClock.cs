using System.Runtime.CompilerServices;
using SubscriberSdk.Internal;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>
/// The fake clock of a bulk run, which moves itself only when the run cannot move without it. The SDK
/// reports to it (<see cref="IClockWaitObserver"/>) each bulk worker and each wait on the clock (pacing
/// window, server's reset, retry delay, poll interval); when every worker is waiting, the clock jumps to
/// the next timer and fires it. A wait the clock has ended (its task completed, its timer fired) no
/// longer counts as soon as the timer fired, so a woken worker is never overtaken by the next jump.
/// Nothing here depends on how long anything takes in real time.
/// </summary>
internal sealed class BulkTestClock : TimerTrackingTimeProvider, IClockWaitObserver
{
    // Only to fail a hung test: no report from the run for this long in real time.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    // The flow (async context) that announced a wait on the next timer it creates, and that wait.
    private static readonly AsyncLocal<StrongBox<ClockWait?>> NextTimerOwner = new();

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

            // Something is still running (a request, a response being read): wait until it reports or the run ends.
            using var runEnded = new CancellationTokenSource();
            var changed = _changed.WaitAsync(HangLimit, runEnded.Token);
            if (await Task.WhenAny(run, changed) == run)
            {
                // A cancelled wait takes no report away from the next run on this clock.
                await runEnded.CancelAsync();
                break;
            }

            if (!await changed)
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

    IDisposable IClockWaitObserver.Waiting(Task release) => Add(new ClockWait(release));

    IDisposable IClockWaitObserver.WaitingOnNextTimer()
    {
        var wait = new ClockWait(null);
        NextTimerOwner.Value = new StrongBox<ClockWait?>(wait);
        return Add(wait);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (NextTimerOwner.Value is { Value: { } wait } owner)
        {
            owner.Value = null;
            wait.Timer = timer;
            Changed();
        }

        return timer;
    }

    /// <summary>Counts the caller as waiting until <paramref name="cancellationToken"/> is cancelled (a response the server holds back).</summary>
    public IDisposable WaitingForCancellation(CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        var wait = Add(new ClockWait(cancelled.Task));
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
        ClockWait[] waits;
        int working;
        lock (_gate)
        {
            waits = [.. _waits];
            working = _working;
        }

        return working > 0 && waits.Count(w => w.Blocks(this)) >= working;
    }

    private void Changed() => _changed.Release();

    private string Describe()
    {
        var now = GetUtcNow();
        lock (_gate)
        {
            return $"{_working} worker(s), {_waits.Count(w => w.Blocks(this))} of {_waits.Count} wait(s) blocked "
                + $"[{string.Join("; ", _waits.Select(w => w.Describe(this)))}], timers due in [{string.Join(", ", PendingDueTimes())}] at {now:O}";
        }
    }

    /// <summary>A wait the clock ends: a task it completes, or a timer it fires.</summary>
    private sealed class ClockWait(Task? release)
    {
        public ITimer? Timer { get; set; }

        // A timer-bound wait counts once its timer exists, so the clock never jumps past the timer's creation.
        public bool Blocks(BulkTestClock clock) =>
            release is { } task ? !task.IsCompleted : Timer is { } timer && clock.IsScheduled(timer);

        public string Describe(BulkTestClock clock) =>
            release is { } task ? $"task {task.Status}" : $"timer {(Timer is null ? "not created" : clock.IsScheduled(Timer) ? "scheduled" : "fired")}";
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
