namespace SubscriberSimulator.Core;

/// <summary>
/// A timer on simulated time. It keeps its due instant in simulated time and arms a real timer for
/// the remaining real duration; a clock change re-evaluates it, firing at once if it became due.
/// </summary>
internal sealed class SimulatorTimer : ITimer
{
    private readonly SimulatorClock _clock;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private readonly object _gate = new();
    private readonly ITimer _realTimer;
    private DateTimeOffset? _dueAt;
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private bool _disposed;

    public SimulatorTimer(SimulatorClock clock, TimerCallback callback, object? state)
    {
        _clock = clock;
        _callback = callback;
        _state = state;
        _realTimer = clock.RealClock.CreateTimer(static self => ((SimulatorTimer)self!).Reschedule(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return false;
            }

            _period = period;
            _dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
        }

        Reschedule();
        return true;
    }

    /// <summary>Fires if due (once per due instant), then re-arms the real timer for the rest.</summary>
    public void Reschedule()
    {
        var fire = false;
        lock (_gate)
        {
            if (_disposed || _dueAt is not { } due)
            {
                _realTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                return;
            }

            var now = _clock.GetUtcNow();
            if (now >= due)
            {
                fire = true;
                _dueAt = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? NextDue(due, now) : null;
            }

            if (_dueAt is { } next && !_clock.IsFrozen)
            {
                var wait = next - _clock.GetUtcNow();
                _realTimer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _realTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }

        if (fire)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static self => self._callback(self._state), this, preferLocal: false);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _dueAt = null;
        }

        _realTimer.Dispose();
        _clock.Forget(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // A big jump fires a periodic timer once, not once per missed period.
    private DateTimeOffset NextDue(DateTimeOffset due, DateTimeOffset now)
    {
        var next = due + _period;
        if (next <= now)
        {
            var missed = (now - due).Ticks / _period.Ticks;
            next = due + TimeSpan.FromTicks(_period.Ticks * (missed + 1));
        }

        return next;
    }
}
