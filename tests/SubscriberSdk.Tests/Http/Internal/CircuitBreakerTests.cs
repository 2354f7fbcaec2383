using System.Net;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class CircuitBreakerTests
{
    /// <summary>No retries, breaker on, opening after 2 failures in 2 attempts.</summary>
    internal static TestClientOptions BreakerOptions()
    {
        var options = new TestClientOptions();
        options.Retry.MaxRetries = 0;
        options.CircuitBreaker.Enabled = true;
        options.CircuitBreaker.MinimumThroughput = 2;
        options.CircuitBreaker.FailureRatio = 0.5;
        return options;
    }

    [Fact]
    public async Task The_breaker_ignores_429()
    {
        using var harness = new PipelineHarness(BreakerOptions());
        harness.Transport.Otherwise(HttpStatusCode.TooManyRequests);

        for (var i = 0; i < 6; i++)
        {
            await Assert.ThrowsAsync<RateLimitedException>(() => harness.Send(HttpMethod.Get).Bounded());
        }

        Assert.Equal(6, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task Repeated_server_errors_open_the_circuit_and_stop_sending()
    {
        using var harness = new PipelineHarness(BreakerOptions());
        harness.Transport.Otherwise(HttpStatusCode.InternalServerError);

        await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());
        await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());
        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Equal(2, harness.Transport.RequestCount);
        Assert.Contains("circuit breaker is open", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task After_the_break_one_trial_request_closes_the_circuit_again()
    {
        var options = BreakerOptions();
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
        using var harness = new PipelineHarness(options);
        harness.Transport.Respond(System.Net.HttpStatusCode.InternalServerError).Respond(System.Net.HttpStatusCode.InternalServerError).Otherwise(System.Net.HttpStatusCode.OK);
        await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());
        await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());
        await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());

        harness.Time.Advance(TimeSpan.FromSeconds(15));
        using var trial = await harness.Send(HttpMethod.Get).Bounded();
        using var next = await harness.Send(HttpMethod.Get).Bounded();

        Assert.Equal(System.Net.HttpStatusCode.OK, trial.StatusCode);
        Assert.Equal(4, harness.Transport.RequestCount);
    }
}
