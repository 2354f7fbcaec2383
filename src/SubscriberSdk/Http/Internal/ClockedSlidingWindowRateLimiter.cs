using System.Threading.RateLimiting;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// A sliding-window <see cref="RateLimiter"/> with the semantics of <see cref="SlidingWindowRateLimiter"/>
/// (permits spent in a segment come back one window later; oldest waiter first; bounded queue) whose
/// window slides on a timer from an injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Hand-written because the libraries cannot run this on an injected clock: <see cref="SlidingWindowRateLimiter"/>
/// measures elapsed time with the system stopwatch even when <c>AutoReplenishment</c> is off, so
/// <c>TryReplenish</c> calls made by a fake clock within one real-time segment do nothing, and the
/// resilience library's rate-limiter strategy only calls a <see cref="RateLimiter"/> it is given. This
/// is the limiter that strategy calls (through <see cref="Pacer"/>). It stays a <see cref="RateLimiter"/>,
/// so switching back is a one-line change once the runtime accepts a <see cref="TimeProvider"/>.
/// </remarks>
internal sealed class ClockedSlidingWindowRateLimiter : ReplenishingRateLimiter
{
    private readonly object _gate = new();
    private readonly int _permitLimit;
    private readonly int _queueLimit;
    private readonly int[] _spentPerSegment;
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _timer;
    private readonly TimeSpan _segment;
    private int _current;
    private int _available;
    private int _queuedPermits;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public ClockedSlidingWindowRateLimiter(int permitLimit, TimeSpan window, int segmentsPerWindow, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentsPerWindow, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _permitLimit = permitLimit;
        _queueLimit = queueLimit;
        _available = permitLimit;
        _spentPerSegment = new int[segmentsPerWindow];
        _segment = window / segmentsPerWindow;
        _timer = time.CreateTimer(static state => ((ClockedSlidingWindowRateLimiter)state!).Slide(), this, _segment, _segment);
    }

    public override TimeSpan? IdleDuration => null;

    public override bool IsAutoReplenishing => true;

    public override TimeSpan ReplenishmentPeriod => _segment;

    public override bool TryReplenish() => false;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _available,
                CurrentQueuedCount = _queuedPermits,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
        lock (_gate)
        {
            if (!_disposed && _queue.Count == 0 && _available >= permitCount)
            {
                Spend(permitCount);
                return PacingLease.Acquired;
            }

            _failed++;
            return PacingLease.Rejected(_segment);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_queue.Count == 0 && _available >= permitCount)
            {
                Spend(permitCount);
                return new ValueTask<RateLimitLease>(PacingLease.Acquired);
            }

            if (_queuedPermits + permitCount > _queueLimit)
            {
                _failed++;
                return new ValueTask<RateLimitLease>(PacingLease.Rejected(_segment));
            }

            var waiter = new Waiter(permitCount);
            var node = _queue.AddLast(waiter);
            _queuedPermits += permitCount;
            if (cancellationToken.CanBeCanceled)
            {
                waiter.Registration = cancellationToken.Register(() => Cancel(node, cancellationToken));
            }

            return new ValueTask<RateLimitLease>(waiter.Completion.Task);
        }
    }

    protected override void Dispose(bool disposing)
    {
        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            abandoned = [.. _queue];
            _queue.Clear();
            _queuedPermits = 0;
        }

        _timer.Dispose();
        foreach (var waiter in abandoned)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(PacingLease.Rejected(null));
        }
    }

    private void Spend(int permits)
    {
        _available -= permits;
        _spentPerSegment[_current] += permits;
        _successful++;
    }

    private void Slide()
    {
        List<Waiter> granted = [];
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            // The oldest segment leaves the window and gives back what was spent in it.
            _current = (_current + 1) % _spentPerSegment.Length;
            _available += _spentPerSegment[_current];
            _spentPerSegment[_current] = 0;
            while (_queue.First is { } first && first.Value.Permits <= _available)
            {
                _queue.RemoveFirst();
                _queuedPermits -= first.Value.Permits;
                Spend(first.Value.Permits);
                granted.Add(first.Value);
            }
        }

        foreach (var waiter in granted)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(PacingLease.Acquired);
        }
    }

    private void Cancel(LinkedListNode<Waiter> node, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (node.List is null)
            {
                return;
            }

            _queue.Remove(node);
            _queuedPermits -= node.Value.Permits;
        }

        node.Value.Completion.TrySetCanceled(cancellationToken);
    }

    private sealed class Waiter(int permits)
    {
        public int Permits { get; } = permits;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }
}
