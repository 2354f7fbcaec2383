using System.Threading.RateLimiting;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Paces one (provider, credential, bucket): a sliding-window limiter (plus an optional burst limiter)
/// whose window slides on the injected <see cref="TimeProvider"/>, so tests drive it with a fake clock;
/// and a pause that a 429 extends until the server's reset. The pipeline's rate-limiter strategy calls it.
/// </summary>
internal sealed class Pacer : IDisposable
{
    private readonly TimeProvider _time;
    private readonly List<RateLimiter> _limiters = [];
    private readonly object _gate = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public Pacer(PacingOptions options, TimeProvider time)
    {
        _time = time;
        // The long window first: a burst permit taken while waiting for the window would be wasted.
        Add(options.PermitLimit, options.Window, options.SegmentsPerWindow, options.QueueLimit);
        if (options.BurstPermitLimit is { } burst)
        {
            Add(burst, options.BurstWindow, Math.Min(options.SegmentsPerWindow, 10), options.QueueLimit);
        }
    }

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>Waits out a pause, then takes a permit from each window; a lease not acquired means a wait queue is full.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        // A pause can grow while waiting (another request got a 429), so look again after each wait.
        while (PausedUntil > _time.GetUtcNow())
        {
            await ClockWaits.DelayUntilAsync(PausedUntil, _time, cancellationToken).ConfigureAwait(false);
        }

        // One window at a time rather than a chained limiter, so each wait is one the clock ends.
        foreach (var limiter in _limiters)
        {
            var lease = await ClockWaits.WaitAsync(limiter.AcquireAsync(1, cancellationToken), _time).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                return lease;
            }
        }

        return PacingLease.Acquired;
    }

    /// <summary>Holds every later attempt until <paramref name="until"/> (a 429's reset); never shortens a pause.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters)
        {
            limiter.Dispose();
        }
    }

    private void Add(int permits, TimeSpan window, int segments, int queueLimit) =>
        _limiters.Add(new ClockedSlidingWindowRateLimiter(permits, window, segments, queueLimit, _time));
}
