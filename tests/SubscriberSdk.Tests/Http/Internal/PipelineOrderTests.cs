using System.Net;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

/// <summary>
/// The layers sit in the documented order, outer to inner: total timeout -> retry -> circuit breaker ->
/// pacer (rate limiter) -> attempt timeout. Each test shows one boundary by its effect.
/// </summary>
public sealed class PipelineOrderTests
{
    [Fact]
    public async Task A_retry_takes_a_pacing_permit_because_the_retry_is_outside_the_pacer()
    {
        using var harness = new PipelineHarness(new TestClientOptions { Pacing = PacingOptions.PerWindow(2, TimeSpan.FromSeconds(10), 10) });
        harness.Transport.Respond(HttpStatusCode.ServiceUnavailable).Otherwise(HttpStatusCode.OK);
        var start = harness.Time.GetUtcNow();

        var first = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        using var firstResponse = await first.Bounded();
        var second = harness.Send(HttpMethod.Get);

        // Both permits went to the first call's two attempts; the second call waits until the first permit
        // leaves the window, 10 s after it was taken.
        Assert.Equal(2, harness.Transport.RequestCount);
        harness.Time.Advance(TimeSpan.FromSeconds(8));
        Assert.False(second.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        using var secondResponse = await second.Bounded();
        Assert.Equal(start + TimeSpan.FromSeconds(10), harness.Transport.Requests[2].ReceivedAt);
    }

    [Fact]
    public async Task The_attempt_timeout_starts_after_the_pacing_wait_because_it_is_inside_the_pacer()
    {
        var options = new TestClientOptions
        {
            Pacing = PacingOptions.PerWindow(1, TimeSpan.FromMinutes(1)),
            AttemptTimeout = TimeSpan.FromSeconds(5),
        };
        using var harness = new PipelineHarness(options);
        var start = harness.Time.GetUtcNow();
        using var first = await harness.Send(HttpMethod.Get).Bounded();

        var second = harness.Send(HttpMethod.Get);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        using var response = await second.Bounded();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(start + TimeSpan.FromMinutes(1), harness.Transport.Requests[1].ReceivedAt);
    }

    [Fact]
    public async Task Every_attempt_counts_for_the_breaker_because_it_is_inside_the_retry()
    {
        var options = CircuitBreakerTests.BreakerOptions();
        options.Retry.MaxRetries = 3;
        using var harness = new PipelineHarness(options);
        harness.Transport.Otherwise(HttpStatusCode.InternalServerError);

        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(2));

        // Two failed attempts of one call opened the circuit, so the third attempt was never sent.
        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => call.Bounded());
        Assert.Equal(2, harness.Transport.RequestCount);
        Assert.Contains("circuit breaker is open", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_retries_and_the_servers_wait_because_it_is_outermost()
    {
        using var harness = new PipelineHarness(new TestClientOptions { Timeout = TimeSpan.FromSeconds(10) });
        harness.Transport.Otherwise(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "60"));

        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.Time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(59)).Bounded();
        harness.Time.Advance(TimeSpan.FromSeconds(9));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => call.Bounded());
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Contains("total timeout 10 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Transport.RequestCount);
    }
}
