using System.Collections.Concurrent;

namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>
/// Fixed-window limits per (provider, tenant, bucket) on the <see cref="SimulatorClock"/>. A window
/// opens with the first request after the previous one closed (as express-rate-limit does), so
/// advancing the clock by the window length always gives a fresh quota.
/// </summary>
public sealed class RateLimiter
{
    private readonly SimulatorClock _clock;
    private readonly RateLimitOptions _options;
    private readonly ConcurrentDictionary<(string Provider, string Tenant, string Bucket), BucketState> _buckets = new();

    public RateLimiter(SimulatorClock clock, SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _options = options.RateLimits;
    }

    /// <summary>Takes one permit. A rejected request takes none, so retries after the reset succeed.</summary>
    public RateLimitDecision TryAcquire(string provider, string tenantId, string bucket)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(bucket);
        if (!_options.Enabled)
        {
            return RateLimitDecision.Unlimited;
        }

        var rules = _options.Resolve(provider, bucket);
        if (rules.Count == 0)
        {
            return RateLimitDecision.Unlimited;
        }

        var key = (provider, tenantId, bucket);
        var state = _buckets.GetOrAdd(key, static (_, count) => new BucketState(count), rules.Count);
        if (state.RuleCount != rules.Count)
        {
            // The options changed since this bucket was first used: start its windows afresh.
            state = new BucketState(rules.Count);
            _buckets[key] = state;
        }

        return state.TryAcquire(rules, _clock.GetUtcNow());
    }

    /// <summary>Forgets every window (reset).</summary>
    public void Reset() => _buckets.Clear();

    private sealed class BucketState
    {
        private readonly DateTimeOffset[] _windowEnds;
        private readonly int[] _used;
        private readonly object _gate = new();

        public BucketState(int ruleCount)
        {
            _windowEnds = new DateTimeOffset[ruleCount];
            _used = new int[ruleCount];
        }

        public int RuleCount => _used.Length;

        public RateLimitDecision TryAcquire(IReadOnlyList<RateLimitRule> rules, DateTimeOffset now)
        {
            lock (_gate)
            {
                var allowed = true;
                for (var i = 0; i < rules.Count; i++)
                {
                    if (now >= _windowEnds[i])
                    {
                        _windowEnds[i] = now + rules[i].Window;
                        _used[i] = 0;
                    }

                    if (_used[i] >= rules[i].PermitLimit)
                    {
                        allowed = false;
                    }
                }

                if (allowed)
                {
                    for (var i = 0; i < rules.Count; i++)
                    {
                        _used[i]++;
                    }
                }

                return Describe(rules, now, allowed);
            }
        }

        private RateLimitDecision Describe(IReadOnlyList<RateLimitRule> rules, DateTimeOffset now, bool allowed)
        {
            var binding = -1;
            for (var i = 0; i < rules.Count; i++)
            {
                var exhausted = _used[i] >= rules[i].PermitLimit;
                if (binding < 0)
                {
                    binding = i;
                    continue;
                }

                var bindingExhausted = _used[binding] >= rules[binding].PermitLimit;
                var better = allowed
                    ? rules[i].PermitLimit - _used[i] < rules[binding].PermitLimit - _used[binding]
                    : exhausted && (!bindingExhausted || _windowEnds[i] > _windowEnds[binding]);
                if (better)
                {
                    binding = i;
                }
            }

            var resetAt = _windowEnds[binding];
            var resetAfter = resetAt - now;
            return new RateLimitDecision(
                allowed,
                true,
                rules[binding].PermitLimit,
                Math.Max(0, rules[binding].PermitLimit - _used[binding]),
                resetAt,
                resetAfter,
                allowed ? TimeSpan.Zero : resetAfter);
        }
    }
}
