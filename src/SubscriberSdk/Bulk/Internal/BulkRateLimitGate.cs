using SubscriberSdk.Internal;

namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Holds new chunks back when the provider's own headers say its window is used up. The pipeline's
/// pacer slides its window from the client's first request, while a fixed-window server starts its
/// window when that request arrives; near a window's end the two disagree and the pacer alone would
/// let a request through early (a 429). The server's count is the truth, so the engine also waits for
/// its reset. Requests still in flight are assumed not yet counted, which errs on the side of waiting.
/// </summary>
internal sealed class BulkRateLimitGate
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;
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

    /// <summary>Waits until the window has room, then counts the caller as in flight.</summary>
    public async Task EnterAsync(Action<DateTimeOffset> reportWaiting, CancellationToken cancellationToken)
    {
        while (BlockedUntil is { } until)
        {
            reportWaiting(until);
            await ClockWaits.DelayUntilAsync(until, _time, cancellationToken).ConfigureAwait(false);
        }

        Interlocked.Increment(ref _inFlight);
    }

    /// <summary>Counts the caller out and learns from the provider's answer (null when it sent no headers).</summary>
    public void Exit(BulkRateLimitState? observed)
    {
        var othersInFlight = Interlocked.Decrement(ref _inFlight);
        if (observed is not { } state || state.Remaining - othersInFlight > 0)
        {
            return;
        }

        lock (_gate)
        {
            if (state.ResetAt > _blockedUntil)
            {
                _blockedUntil = state.ResetAt;
            }
        }
    }
}
