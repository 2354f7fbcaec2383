using SubscriberSimulator.Core;
using SubscriberSimulator.Core.RateLimiting;

namespace SubscriberSimulator.Tests.Core.RateLimiting;

public sealed class RateLimiterTests
{
    private static (RateLimiter Limiter, SimulatorClock Clock, SimulatorOptions Options) Create()
    {
        var options = new SimulatorOptions();
        options.Clock.Freeze();
        return (new RateLimiter(options.Clock, options), options.Clock, options);
    }

    [Fact]
    public void MobileTextAlertsAllowsFifteenPerFifteenSecondsPerAccount()
    {
        var (limiter, clock, _) = Create();
        for (var i = 0; i < 15; i++)
        {
            Assert.True(limiter.TryAcquire("mta", "acct-1", RateLimitDefaults.MtaSubscribers).IsAllowed);
        }

        var rejected = limiter.TryAcquire("mta", "acct-1", RateLimitDefaults.MtaSubscribers);
        Assert.False(rejected.IsAllowed);
        Assert.Equal(15, rejected.Limit);
        Assert.Equal(0, rejected.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(15), rejected.RetryAfter);

        // Another account has its own window.
        Assert.True(limiter.TryAcquire("mta", "acct-2", RateLimitDefaults.MtaSubscribers).IsAllowed);

        clock.Advance(TimeSpan.FromSeconds(15));
        var afterReset = limiter.TryAcquire("mta", "acct-1", RateLimitDefaults.MtaSubscribers);
        Assert.True(afterReset.IsAllowed);
        Assert.Equal(14, afterReset.Remaining);
    }

    [Fact]
    public void RejectedRequestsDoNotConsumePermits()
    {
        var (limiter, clock, options) = Create();
        options.RateLimits.Set("test", "b", new RateLimitRule(1, TimeSpan.FromSeconds(10)));
        Assert.True(limiter.TryAcquire("test", "t", "b").IsAllowed);
        clock.Advance(TimeSpan.FromSeconds(4));
        var rejected = limiter.TryAcquire("test", "t", "b");
        Assert.False(rejected.IsAllowed);
        Assert.Equal(TimeSpan.FromSeconds(6), rejected.RetryAfter);

        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.True(limiter.TryAcquire("test", "t", "b").IsAllowed);
    }

    [Fact]
    public void SequenzyBurstLimitBindsBeforeThePerMinuteLimit()
    {
        var (limiter, clock, _) = Create();
        for (var i = 0; i < 20; i++)
        {
            Assert.True(limiter.TryAcquire("sequenzy", "key", "subscribers").IsAllowed);
        }

        var burst = limiter.TryAcquire("sequenzy", "key", "subscribers");
        Assert.False(burst.IsAllowed);
        Assert.Equal(20, burst.Limit);
        Assert.Equal(TimeSpan.FromSeconds(1), burst.RetryAfter);

        // 5 x 20 per second reaches the 100 per minute limit.
        for (var second = 1; second < 5; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            for (var i = 0; i < 20; i++)
            {
                Assert.True(limiter.TryAcquire("sequenzy", "key", "subscribers").IsAllowed);
            }
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        var minute = limiter.TryAcquire("sequenzy", "key", "subscribers");
        Assert.False(minute.IsAllowed);
        Assert.Equal(100, minute.Limit);
        Assert.Equal(TimeSpan.FromSeconds(55), minute.RetryAfter);
    }

    [Fact]
    public void EssentialIsUnlimitedByDefaultAndLimitsCanBeSwitchedOff()
    {
        var (limiter, _, options) = Create();
        var essential = limiter.TryAcquire("essential", "acct", "upsert");
        Assert.True(essential.IsAllowed);
        Assert.False(essential.IsLimited);

        options.RateLimits.Enabled = false;
        for (var i = 0; i < 50; i++)
        {
            Assert.True(limiter.TryAcquire("mta", "acct", RateLimitDefaults.MtaSubscribers).IsAllowed);
        }
    }

    [Fact]
    public void AttentiveEndpointBucketsFallBackToTheDefaultLimit()
    {
        var (limiter, _, options) = Create();
        Assert.Equal(10, limiter.TryAcquire("attentive", "token", RateLimitDefaults.AttentiveSubscribe).Limit);
        Assert.Equal(150, limiter.TryAcquire("attentive", "token", "POST /v1/events/custom").Limit);
        Assert.Single(options.RateLimits.Resolve("attentive", "anything"));
    }

    [Fact]
    public void ChangingTheRulesStartsTheBucketAfresh()
    {
        var (limiter, _, options) = Create();
        options.RateLimits.Set("test", "b", new RateLimitRule(1, TimeSpan.FromMinutes(1)));
        Assert.True(limiter.TryAcquire("test", "t", "b").IsAllowed);
        options.RateLimits.Set("test", "b", new RateLimitRule(5, TimeSpan.FromMinutes(1)), new RateLimitRule(2, TimeSpan.FromSeconds(1)));
        var decision = limiter.TryAcquire("test", "t", "b");
        Assert.True(decision.IsAllowed);
        Assert.Equal(1, decision.Remaining);
    }

    [Fact]
    public void InvalidRulesAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimitRule(0, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimitRule(1, TimeSpan.Zero));
    }
}
