using System.Net;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_during_a_retry_wait_stops_at_once()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Otherwise(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "60"));
        using var cancellation = new CancellationTokenSource();

        var call = harness.Send(HttpMethod.Get, cancellationToken: cancellation.Token);
        // After the retry's 1 s backoff the attempt waits out the rest of the server's 60 s; cancel in that wait.
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.Time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(59)).Bounded();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.Bounded());
        Assert.Equal(1, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task Cancelling_during_a_pacing_wait_stops_at_once()
    {
        using var harness = new PipelineHarness(new TestClientOptions { Pacing = PacingOptions.PerWindow(1, TimeSpan.FromMinutes(1)) });
        using var first = await harness.Send(HttpMethod.Get).Bounded();
        using var cancellation = new CancellationTokenSource();

        var waiting = harness.Send(HttpMethod.Get, cancellationToken: cancellation.Token);
        Assert.False(waiting.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.Bounded());
        Assert.Equal(1, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task The_total_timeout_ends_a_long_pacing_wait()
    {
        var options = new TestClientOptions
        {
            Pacing = PacingOptions.PerWindow(1, TimeSpan.FromMinutes(10)),
            Timeout = TimeSpan.FromSeconds(20),
            AttemptTimeout = TimeSpan.FromSeconds(5),
        };
        using var harness = new PipelineHarness(options);
        using var first = await harness.Send(HttpMethod.Get).Bounded();

        var waiting = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => waiting.Bounded());
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.Equal(1, harness.Transport.RequestCount);
    }
}
