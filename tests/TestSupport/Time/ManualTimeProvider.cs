namespace SubscriberSdk.TestSupport.Time;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock only moves when a test calls <see cref="Advance"/>.
/// Timers created through it (which is how <c>Task.Delay(TimeSpan, TimeProvider)</c>, Polly's delays and
/// timeouts, and <c>CancellationTokenSource(TimeSpan, TimeProvider)</c> wait) fire synchronously inside
/// <see cref="Advance"/>, in due-time order, with the clock set to each timer's due time.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<TimerWaiter> _waiters = [];
    private DateTimeOffset _now;
    private long _sequence;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public ManualTimeProvider(DateTimeOffset start) => _now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    // Ticks of the fake clock, so elapsed-time measurements agree with GetUtcNow.
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>How many timers are scheduled and not yet fired or disposed.</summary>
    public int PendingTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>Time left until each scheduled timer fires, soonest first.</summary>
    public IReadOnlyList<TimeSpan> PendingDueTimes()
    {
        lock (_gate)
        {
            return _timers.Select(t => t.DueAt - _now).Order().ToArray();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).ThenBy(t => t.Sequence).FirstOrDefault();
                if (due is null)
                {
                    _now = target;
                    return;
                }

                if (due.DueAt > _now)
                {
                    _now = due.DueAt;
                }

                _timers.Remove(due);
                if (due.Period > TimeSpan.Zero)
                {
                    due.DueAt = _now + due.Period;
                    due.Sequence = ++_sequence;
                    _timers.Add(due);
                }
            }

            due.Fire();
        }
    }

    /// <summary>
    /// Completes when a timer is scheduled to fire exactly <paramref name="dueIn"/> from the current
    /// time (including one already scheduled), so a test can prove what a component waits for.
    /// </summary>
    public Task WhenTimerScheduledAsync(TimeSpan dueIn, CancellationToken cancellationToken = default)
    {
        var waiter = new TimerWaiter(dueIn);
        lock (_gate)
        {
            if (_timers.Any(t => t.DueAt - _now == dueIn))
            {
                return Task.CompletedTask;
            }

            _waiters.Add(waiter);
        }

        cancellationToken.Register(() => waiter.Completion.TrySetCanceled(cancellationToken));
        return waiter.Completion.Task;
    }

    internal void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        var fireNow = false;
        List<TimerWaiter> released = [];
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            if (dueTime <= TimeSpan.Zero)
            {
                // A real timer with due time zero fires at once; mirror that, then keep it periodic.
                fireNow = true;
                if (timer.Period > TimeSpan.Zero)
                {
                    timer.DueAt = _now + timer.Period;
                    timer.Sequence = ++_sequence;
                    _timers.Add(timer);
                }
            }
            else
            {
                timer.DueAt = _now + dueTime;
                timer.Sequence = ++_sequence;
                _timers.Add(timer);
                foreach (var waiter in _waiters.Where(w => w.DueIn == dueTime).ToList())
                {
                    _waiters.Remove(waiter);
                    released.Add(waiter);
                }
            }
        }

        foreach (var waiter in released)
        {
            waiter.Completion.TrySetResult();
        }

        if (fireNow)
        {
            timer.Fire();
        }
    }

    internal void Unschedule(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class TimerWaiter(TimeSpan dueIn)
    {
        public TimeSpan DueIn { get; } = dueIn;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
