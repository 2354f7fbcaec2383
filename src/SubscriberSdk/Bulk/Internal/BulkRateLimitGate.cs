using SubscriberSdk.Internal;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Holds new chunks back when the provider's own headers say its window is used up. The pipeline's
/// pacer slides its window from the client's first request, while a fixed-window server starts its
/// window when that request arrives; near a window's end the two disagree and the pacer alone would
/// let a request through early (a 429). The server's count is the truth, so the engine also waits for
/// its reset. Requests still in flight are assumed not yet counted, which errs on the side of waiting.
/// A resumed run starts from the window its checkpoint recorded (<see cref="Resume"/>): a new process has a
/// fresh pacer, but the server still counts the earlier run's requests until that window resets.
/// </summary>
internal sealed class BulkRateLimitGate
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _resumedWindowEnd = DateTimeOffset.MinValue;
    private int _resumedBudget;
    private int _inFlight;

    public BulkRateLimitGate(TimeProvider time) => _time = time;

    /// <summary>When the window is used up, the time new chunks wait for; otherwise null.</summary>
    public DateTimeOffset? BlockedUntil
    {
        get
        {
            lock (_gate)
            {
                return _blockedUntil > _time.GetUtcNow() ? _blockedUntil : null;
            }
        }
    }

    /// <summary>
    /// Starts from an earlier run's window: until <paramref name="windowEnd"/> only <paramref name="budget"/>
    /// more requests go (none when it is zero or less), then the window is the server's to report again.
    /// </summary>
    public void Resume(int budget, DateTimeOffset windowEnd)
    {
        lock (_gate)
        {
            _resumedBudget = budget;
            _resumedWindowEnd = windowEnd;
            if (budget <= 0 && windowEnd > _blockedUntil)
            {
                _blockedUntil = windowEnd;
            }
        }
    }

    /// <summary>
    /// Waits until the window has room, then counts the caller as in flight. A wait is taken in steps of at
    /// most <paramref name="reportEvery"/>, each reported, so the caller hears a countdown rather than silence.
    /// </summary>
    public async Task EnterAsync(Action<DateTimeOffset> reportWaiting, TimeSpan reportEvery, CancellationToken cancellationToken)
    {
        while (true)
        {
            while (BlockedUntil is { } until)
            {
                reportWaiting(until);
                var step = _time.GetUtcNow() + reportEvery;
                await ClockWaits.DelayUntilAsync(until < step ? until : step, _time, cancellationToken).ConfigureAwait(false);
            }

            if (TryEnter())
            {
                return;
            }
        }
    }

    // Checking the window and counting the caller in flight are one step: were they two, an answer that used up
    // the window could land between them, count this request out of flight, and let it meet a 429.
    private bool TryEnter()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_blockedUntil > now)
            {
                return false;
            }

            // Within a resumed window, each request spends the budget the checkpoint left; the last one blocks the rest.
            if (_resumedWindowEnd > now)
            {
                if (_resumedBudget <= 0)
                {
                    _blockedUntil = _resumedWindowEnd;
                    return false;
                }

                _resumedBudget--;
            }

            _inFlight++;
            return true;
        }
    }

    /// <summary>Counts the caller out and learns from the provider's answer (null when it sent no headers).</summary>
    public void Exit(BulkRateLimitState? observed)
    {
        lock (_gate)
        {
            var othersInFlight = --_inFlight;
            if (observed is { } state && state.Remaining - othersInFlight <= 0 && state.ResetAt > _blockedUntil)
            {
                _blockedUntil = state.ResetAt;
            }
        }
    }
}
