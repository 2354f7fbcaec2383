using System.Net;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class RetryTests
{
    private static readonly OperationPolicy Upsert = new("subscribers.upsert", RetrySafety.NaturalKeyUpsert);

    [Fact]
    public async Task Retries_stop_at_the_configured_count()
    {
        var options = new TestClientOptions();
        options.Retry.MaxRetries = 2;
        using var harness = new PipelineHarness(options);
        harness.Transport.Otherwise(HttpStatusCode.ServiceUnavailable);

        var call = harness.Send(HttpMethod.Get);
        await harness.Transport.WaitForRequestsAsync(1);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.Transport.WaitForRequestsAsync(2);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => call.Bounded());
        Assert.Equal(3, harness.Transport.RequestCount);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, error.Details.Attempts);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_429_with_Retry_After_7_waits_exactly_7_seconds()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Respond(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "7")).Otherwise(HttpStatusCode.OK);
        var start = harness.Time.GetUtcNow();

        var call = harness.Send(HttpMethod.Get);
        // The retry's own backoff (1 s) runs first; the pacing stage then holds the attempt for the rest of the server's 7 s.
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.Time.WhenTimerScheduledAsync(TimeSpan.FromSeconds(6)).Bounded();
        harness.Time.Advance(TimeSpan.FromSeconds(6) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, harness.Transport.RequestCount);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));

        using var response = await call.Bounded();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(start + TimeSpan.FromSeconds(7), harness.Transport.Requests[1].ReceivedAt);
    }

    [Fact]
    public async Task RateLimit_Reset_is_read_in_milliseconds_for_Mobile_Text_Alerts()
    {
        using var harness = new PipelineHarness(new TestClientOptions(ProviderProfile.MobileTextAlerts));
        harness.Transport.Respond(HttpStatusCode.TooManyRequests, "{}", ("RateLimit-Reset", "4000")).Otherwise(HttpStatusCode.OK);

        var start = harness.Time.GetUtcNow();
        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(3));

        using var response = await call.Bounded();
        Assert.Equal(2, harness.Transport.RequestCount);
        Assert.Equal(start + TimeSpan.FromSeconds(4), harness.Transport.Requests[1].ReceivedAt);
    }

    [Fact]
    public async Task The_server_hint_wins_only_when_longer_than_the_backoff()
    {
        var options = new TestClientOptions(ProviderProfile.Sequenzy);
        options.Retry.BaseDelay = TimeSpan.FromSeconds(3);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        using var harness = new PipelineHarness(options);
        harness.Transport.Respond(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "1")).Otherwise(HttpStatusCode.OK);

        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(3));

        using var response = await call.Bounded();
        Assert.Equal(2, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task A_POST_not_marked_safe_is_not_retried_after_a_server_error()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Respond(HttpStatusCode.ServiceUnavailable).Otherwise(HttpStatusCode.OK);

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Post, body: "{}").Bounded());

        Assert.Equal(1, harness.Transport.RequestCount);
        Assert.Equal(503, error.StatusCode);
    }

    [Fact]
    public async Task A_POST_not_marked_safe_is_not_retried_after_a_transport_error()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Throw(new HttpRequestException("reset")).Otherwise(HttpStatusCode.OK);

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Post, body: "{}").Bounded());

        Assert.Equal(1, harness.Transport.RequestCount);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_natural_key_upsert_POST_is_retried_with_the_same_body()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Respond(HttpStatusCode.BadGateway).Otherwise(HttpStatusCode.OK);

        var call = harness.Send(HttpMethod.Post, Upsert, "{\"phone\":\"+14155550123\"}");
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));

        using var response = await call.Bounded();
        Assert.Equal(2, harness.Transport.RequestCount);
        Assert.Equal(harness.Transport.Requests[0].Body, harness.Transport.Requests[1].Body);
        Assert.Equal("{\"phone\":\"+14155550123\"}", harness.Transport.Requests[1].Body);
    }

    [Fact]
    public async Task Every_attempt_carries_the_same_idempotency_key()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.GatewayTimeout).Otherwise(HttpStatusCode.OK);
        var request = PipelineHarness.Request(HttpMethod.Post, new OperationPolicy("imports.create", RetrySafety.IdempotencyKey), "{}", "key-123");

        var call = harness.Client.SendAsync(request);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(2));

        using var response = await call.Bounded();
        Assert.Equal(3, harness.Transport.RequestCount);
        Assert.All(harness.Transport.Requests, r => Assert.Equal("key-123", r.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task A_429_is_retried_even_for_an_unsafe_POST_because_the_server_did_not_act_on_it()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Respond(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "2")).Otherwise(HttpStatusCode.Created);

        var call = harness.Send(HttpMethod.Post, body: "{}");
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));

        using var response = await call.Bounded();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task A_wait_longer_than_MaxServerDelay_ends_with_RateLimitedException_at_once()
    {
        var options = new TestClientOptions();
        options.Retry.MaxServerDelay = TimeSpan.FromSeconds(30);
        using var harness = new PipelineHarness(options);
        harness.Transport.Respond(HttpStatusCode.TooManyRequests, "{\"message\":\"slow down\"}", ("Retry-After", "3600")).Otherwise(HttpStatusCode.OK);

        var error = await Assert.ThrowsAsync<RateLimitedException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Equal(1, harness.Transport.RequestCount);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal("slow down", error.ProviderMessage);
    }

    [Fact]
    public async Task A_429_after_retries_ran_out_is_a_RateLimitedException_with_RetryAfter()
    {
        var options = new TestClientOptions();
        options.Retry.MaxRetries = 1;
        using var harness = new PipelineHarness(options);
        harness.Transport.Otherwise(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "5"));

        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(4));

        var error = await Assert.ThrowsAsync<RateLimitedException>(() => call.Bounded());
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
        Assert.Equal(2, error.Details.Attempts);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_hung_attempt_times_out_and_a_safe_request_is_retried()
    {
        var options = new TestClientOptions { AttemptTimeout = TimeSpan.FromSeconds(10) };
        using var harness = new PipelineHarness(options);
        harness.Transport.Hang().Otherwise(HttpStatusCode.OK);

        var call = harness.Send(HttpMethod.Get);
        await harness.Transport.WaitForRequestsAsync(1);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(10));
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));

        using var response = await call.Bounded();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task Zero_retries_sends_once()
    {
        var options = new TestClientOptions();
        options.Retry.MaxRetries = 0;
        using var harness = new PipelineHarness(options);
        harness.Transport.Otherwise(HttpStatusCode.ServiceUnavailable);

        await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Equal(1, harness.Transport.RequestCount);
    }

    [Fact]
    public async Task A_body_that_breaks_mid_read_is_a_failed_attempt_and_is_retried()
    {
        using var harness = new PipelineHarness();
        harness.Transport
            .Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BrokenStream()) }))
            .Otherwise(HttpStatusCode.OK, "{\"ok\":true}");

        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));

        using var response = await call.Bounded();
        Assert.Equal("{\"ok\":true}", await response.Content.ReadAsStringAsync());
        Assert.Equal(2, harness.Transport.RequestCount);
    }

    private sealed class BrokenStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
