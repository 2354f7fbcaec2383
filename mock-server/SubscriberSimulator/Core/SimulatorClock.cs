using System.Collections.Concurrent;

namespace SubscriberSimulator.Core;

/// <summary>
/// The simulator's time. It runs with real time plus an offset, can be advanced, set, or frozen
/// (POST /__sim/clock), and fires its timers when simulated time passes their due time, so
/// rate-limit windows and delayed provider work follow the simulated clock, never the wall clock.
/// </summary>
public sealed class SimulatorClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly ConcurrentDictionary<SimulatorTimer, byte> _timers = new();
    private readonly object _gate = new();
    private ClockState _state;

    public SimulatorClock()
        : this(System)
    {
    }

    /// <param name="real">The underlying real clock (a test may pass its own).</param>
    public SimulatorClock(TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
        _state = new ClockState(TimeSpan.Zero, null);
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public bool IsFrozen => Volatile.Read(ref _state).FrozenAt is not null;

    public override DateTimeOffset GetUtcNow()
    {
        var state = Volatile.Read(ref _state);
        return state.FrozenAt ?? _real.GetUtcNow() + state.Offset;
    }

    // Timestamps follow simulated time so elapsed-time measurements agree with GetUtcNow.
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves simulated time forward; timers that fall due fire.</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The clock can only be advanced by a non-negative duration.");
        }

        lock (_gate)
        {
            var state = _state;
            _state = state.FrozenAt is { } frozen
                ? state with { FrozenAt = frozen + by }
                : state with { Offset = state.Offset + by };
        }

        RescheduleTimers();
    }

    /// <summary>Sets simulated time; keeps the frozen or running mode.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            var state = _state;
            _state = state.FrozenAt is not null
                ? state with { FrozenAt = value.ToUniversalTime() }
                : state with { Offset = value - _real.GetUtcNow() };
        }

        RescheduleTimers();
    }

    /// <summary>Stops simulated time at its current value.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            if (_state.FrozenAt is null)
            {
                _state = _state with { FrozenAt = GetUtcNow() };
            }
        }

        RescheduleTimers();
    }

    /// <summary>Lets simulated time run again from where it was frozen.</summary>
    public void Unfreeze()
    {
        lock (_gate)
        {
            if (_state.FrozenAt is { } frozen)
            {
                _state = new ClockState(frozen - _real.GetUtcNow(), null);
            }
        }

        RescheduleTimers();
    }

    /// <summary>Back to real time, running.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _state = new ClockState(TimeSpan.Zero, null);
        }

        RescheduleTimers();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SimulatorTimer(this, callback, state);
        _timers.TryAdd(timer, 0);
        timer.Change(dueTime, period);
        return timer;
    }

    internal TimeProvider RealClock => _real;

    internal void Forget(SimulatorTimer timer) => _timers.TryRemove(timer, out _);

    private void RescheduleTimers()
    {
        foreach (var timer in _timers.Keys)
        {
            timer.Reschedule();
        }
    }

    private sealed record ClockState(TimeSpan Offset, DateTimeOffset? FrozenAt);
}
