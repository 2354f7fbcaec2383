using Microsoft.Extensions.Time.Testing;

namespace SubscriberSdk.TestSupport.Time;

/// <summary>
/// A <see cref="FakeTimeProvider"/> (starting 2026-01-01 UTC) that also reports the timers created through
/// it, which is how <c>Task.Delay(TimeSpan, TimeProvider)</c>, Polly's delays and timeouts and
/// <c>CancellationTokenSource(TimeSpan, TimeProvider)</c> wait: a test can then wait until the code under
/// test is blocked on a timer, and move the clock exactly to the next one. Firing stays FakeTimeProvider's.
/// </summary>
public class TimerTrackingTimeProvider : FakeTimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Scheduling a timer and moving the clock never interleave, so a recorded due time is the one
    // FakeTimeProvider fires the timer at. Re-entrant: timers fired while advancing may schedule timers.
    private readonly object _clock = new();
    private readonly object _gate = new();
    private readonly List<TrackedTimer> _timers = [];
    private readonly List<(TimeSpan DueIn, TaskCompletionSource Scheduled)> _waiters = [];

    public TimerTrackingTimeProvider()
        : base(DefaultStart)
    {
    }

    /// <summary>Raised whenever a timer is scheduled, fired or stopped.</summary>
    public event Action? TimersChanged;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new TrackedTimer(this);
        timer.Inner = base.CreateTimer(
            s =>
            {
                timer.Fired();
                callback(s);
            },
            state,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Time left until each scheduled timer fires, soonest first.</summary>
    public IReadOnlyList<TimeSpan> PendingDueTimes()
    {
        var now = GetUtcNow();
        lock (_gate)
        {
            return _timers.Select(t => t.DueAt!.Value - now).Order().ToArray();
        }
    }

    /// <summary>Whether <paramref name="timer"/>, created by this clock, is scheduled to fire.</summary>
    public bool IsScheduled(ITimer timer)
    {
        lock (_gate)
        {
            return timer is TrackedTimer { DueAt: not null };
        }
    }

    /// <summary>
    /// Completes when a timer is scheduled to fire exactly <paramref name="dueIn"/> from the current
    /// time (including one already scheduled), so a test can prove what a component waits for.
    /// </summary>
    public Task WhenTimerScheduledAsync(TimeSpan dueIn)
    {
        var scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var now = GetUtcNow();
        lock (_gate)
        {
            if (_timers.Any(t => t.DueAt - now == dueIn))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((dueIn, scheduled));
        }

        return scheduled.Task;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due (FakeTimeProvider's <c>Advance</c>, never while a timer is being scheduled).</summary>
    public new void Advance(TimeSpan delta)
    {
        lock (_clock)
        {
            base.Advance(delta);
        }
    }

    /// <summary>Moves the clock to the soonest scheduled timer, firing it; false when none is scheduled.</summary>
    public bool AdvanceToNextTimer()
    {
        lock (_clock)
        {
            var now = GetUtcNow();
            DateTimeOffset next;
            lock (_gate)
            {
                if (_timers.Count == 0)
                {
                    return false;
                }

                next = _timers.Min(t => t.DueAt!.Value);
            }

            base.Advance(next > now ? next - now : TimeSpan.Zero);
            return true;
        }
    }

    private bool Schedule(TrackedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        List<TaskCompletionSource> released = [];
        bool changed;
        lock (_clock)
        {
            var now = GetUtcNow();
            lock (_gate)
            {
                _timers.Remove(timer);
                timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
                if (timer.DueAt is not null)
                {
                    _timers.Add(timer);
                    foreach (var waiter in _waiters.Where(w => w.DueIn == dueTime).ToList())
                    {
                        _waiters.Remove(waiter);
                        released.Add(waiter.Scheduled);
                    }
                }
            }

            // Recorded first: a timer due now fires inside this call, and its firing must find the record.
            changed = timer.Inner.Change(dueTime, period);
        }

        // Released once FakeTimeProvider has the timer, so a test that advances on this news fires it.
        released.ForEach(r => r.TrySetResult());
        TimersChanged?.Invoke();
        return changed;
    }

    private void Fired(TrackedTimer timer)
    {
        lock (_gate)
        {
            if (timer.Period > TimeSpan.Zero && timer.DueAt is { } due)
            {
                // FakeTimeProvider moves a periodic timer on by one period per firing.
                timer.DueAt = due + timer.Period;
            }
            else
            {
                timer.DueAt = null;
                _timers.Remove(timer);
            }
        }

        TimersChanged?.Invoke();
    }

    private void Stopped(TrackedTimer timer)
    {
        lock (_gate)
        {
            timer.DueAt = null;
            _timers.Remove(timer);
        }

        TimersChanged?.Invoke();
    }

    private sealed class TrackedTimer(TimerTrackingTimeProvider owner) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => owner.Schedule(this, dueTime, period);

        public void Fired() => owner.Fired(this);

        public void Dispose()
        {
            owner.Stopped(this);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
