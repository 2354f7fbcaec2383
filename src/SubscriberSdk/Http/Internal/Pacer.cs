using System.Threading.RateLimiting;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Paces one (provider, credential, bucket): a sliding-window limiter (plus an optional burst limiter)
/// whose window slides on the injected <see cref="TimeProvider"/>, so tests drive it with a fake clock;
/// and a pause that a 429 extends until the server's reset.
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

    /// <summary>Waits for a permit; returns how long that took on the injected clock.</summary>
    /// <exception cref="PacingQueueFullException">Too many requests are already waiting.</exception>
    public async ValueTask<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        while (true)
        {
            var remaining = PausedUntil - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            await Task.Delay(remaining, _time, cancellationToken).ConfigureAwait(false);
        }

        foreach (var limiter in _limiters)
        {
            // Sliding-window leases hold nothing on dispose; the permit is spent either way.
            using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                throw new PacingQueueFullException();
            }
        }

        return _time.GetUtcNow() - started;
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
