using System.Net;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Tests.Support;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class PacingTests
{
    [Fact]
    public async Task Pacing_never_lets_more_than_N_requests_into_any_window()
    {
        var options = new TestClientOptions { Pacing = PacingOptions.PerWindow(3, TimeSpan.FromSeconds(10), 10) };
        using var harness = new PipelineHarness(options);

        var calls = Enumerable.Range(0, 10).Select(_ => harness.Send(HttpMethod.Get)).ToArray();
        // 3 at t=0, then 3 more each time the window has slid past the first ones.
        var expectedByTime = new Dictionary<int, int> { [0] = 3, [10] = 6, [20] = 9, [30] = 10 };
        await harness.Transport.WaitForRequestsAsync(3);
        for (var second = 1; second <= 30; second++)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            if (expectedByTime.TryGetValue(second, out var expected))
            {
                await harness.Transport.WaitForRequestsAsync(expected);
            }
        }

        var responses = await Task.WhenAll(calls).Bounded();
        var times = harness.Transport.Requests.Select(r => r.ReceivedAt).Order().ToArray();
        Assert.Equal(10, times.Length);
        foreach (var start in times)
        {
            Assert.True(times.Count(t => t >= start && t < start + TimeSpan.FromSeconds(10)) <= 3, $"more than 3 requests in the 10 s window from {start:O}");
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Two_clients_with_the_same_credential_share_one_limit()
    {
        var pacers = new PacerRegistry();
        var time = new TimerTrackingTimeProvider();
        var credential = Guid.NewGuid().ToString("N");
        var first = new TestClientOptions(credential: credential) { Pacing = PacingOptions.PerWindow(2, TimeSpan.FromSeconds(15), 15), TimeProvider = time };
        var second = new TestClientOptions(credential: credential) { Pacing = PacingOptions.PerWindow(2, TimeSpan.FromSeconds(15), 15), TimeProvider = time };

        var pacerA = pacers.Get(first.Profile, first.Credential, PacingBuckets.Default, first.Pacing, time)!;
        var pacerB = pacers.Get(second.Profile, second.Credential, PacingBuckets.Default, second.Pacing, time)!;
        var other = pacers.Get(first.Profile, "another-key", PacingBuckets.Default, first.Pacing, time)!;

        Assert.Same(pacerA, pacerB);
        Assert.NotSame(pacerA, other);
        Assert.True((await pacerA.AcquireAsync(CancellationToken.None)).IsAcquired);
        Assert.True((await pacerB.AcquireAsync(CancellationToken.None)).IsAcquired);
        var started = time.GetUtcNow();
        var third = AcquiredAtAsync(pacerA, time);
        Assert.False(third.IsCompleted);
        var unrelated = other.AcquireAsync(CancellationToken.None).AsTask();
        Assert.True(unrelated.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(started + TimeSpan.FromSeconds(15), await third.Bounded());
    }

    [Fact]
    public async Task A_429_pauses_the_pacer_for_other_requests_until_the_reset()
    {
        var options = new TestClientOptions(ProviderProfile.MobileTextAlerts) { Pacing = PacingOptions.PerWindow(100, TimeSpan.FromSeconds(1)) };
        options.Retry.MaxRetries = 0;
        using var harness = new PipelineHarness(options);
        harness.Transport.Respond(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "9")).Otherwise(HttpStatusCode.OK);

        await Assert.ThrowsAsync<RateLimitedException>(() => harness.Send(HttpMethod.Get).Bounded());
        var next = harness.Send(HttpMethod.Get);
        await harness.Time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(9)).Bounded();
        Assert.Equal(1, harness.Transport.RequestCount);
        harness.Time.Advance(TimeSpan.FromSeconds(9));

        using var response = await next.Bounded();
        Assert.Equal(2, harness.Transport.RequestCount);
        Assert.Equal(harness.Transport.Requests[0].ReceivedAt + TimeSpan.FromSeconds(9), harness.Transport.Requests[1].ReceivedAt);
    }

    [Fact]
    public async Task Each_operation_draws_from_its_own_bucket()
    {
        var options = new TestClientOptions(ProviderProfile.Attentive)
        {
            Pacing = PacingOptions.PerWindow(100, TimeSpan.FromSeconds(1)),
            SubscribePacing = PacingOptions.PerWindow(1, TimeSpan.FromSeconds(1)),
        };
        using var harness = new PipelineHarness(options);
        var subscribe = new OperationPolicy("subscriptions.create", RetrySafety.NaturalKeyUpsert, PacingBuckets.Subscribe);

        using var first = await harness.Send(HttpMethod.Post, subscribe, "{}").Bounded();
        var second = harness.Send(HttpMethod.Post, subscribe, "{}");
        using var other = await harness.Send(HttpMethod.Get).Bounded();
        Assert.Equal(2, harness.Transport.RequestCount);
        Assert.False(second.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        using var secondResponse = await second.Bounded();
        Assert.Equal(3, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task A_full_pacing_queue_is_reported_as_RateLimitedException()
    {
        var pacing = PacingOptions.PerWindow(1, TimeSpan.FromSeconds(10));
        pacing.QueueLimit = 0;
        using var harness = new PipelineHarness(new TestClientOptions { Pacing = pacing });

        using var first = await harness.Send(HttpMethod.Get).Bounded();
        var error = await Assert.ThrowsAsync<RateLimitedException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Contains("QueueLimit", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task A_burst_limit_applies_inside_the_longer_window()
    {
        var time = new TimerTrackingTimeProvider();
        var pacing = PacingOptions.PerWindow(5, TimeSpan.FromMinutes(1), 12);
        pacing.BurstPermitLimit = 2;
        using var pacer = new Pacer(pacing, time);

        Assert.True((await pacer.AcquireAsync(CancellationToken.None)).IsAcquired);
        Assert.True((await pacer.AcquireAsync(CancellationToken.None)).IsAcquired);
        var started = time.GetUtcNow();
        var third = AcquiredAtAsync(pacer, time);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(started + TimeSpan.FromSeconds(1), await third.Bounded());
    }

    /// <summary>When (on the fake clock) the pacer granted a permit.</summary>
    private static async Task<DateTimeOffset> AcquiredAtAsync(Pacer pacer, TimeProvider time)
    {
        using var lease = await pacer.AcquireAsync(CancellationToken.None);
        Assert.True(lease.IsAcquired);
        return time.GetUtcNow();
    }
}
