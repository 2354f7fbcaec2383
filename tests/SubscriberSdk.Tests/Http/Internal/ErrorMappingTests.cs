using System.Net;
using System.Net.Sockets;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class ErrorMappingTests
{
    public static TheoryData<int, Type> StatusToType() => new()
    {
        { 400, typeof(RequestValidationException) },
        { 422, typeof(RequestValidationException) },
        { 401, typeof(AuthenticationFailedException) },
        { 403, typeof(AuthenticationFailedException) },
        { 404, typeof(ResourceNotFoundException) },
        { 405, typeof(UnsubscribedException) },
        { 409, typeof(ConflictException) },
        { 412, typeof(CannotReceiveSmsException) },
        { 429, typeof(RateLimitedException) },
        { 500, typeof(SubscriberApiException) },
        { 418, typeof(SubscriberApiException) },
    };

    [Theory]
    [MemberData(nameof(StatusToType))]
    public async Task Each_documented_Essential_status_maps_to_its_exception(int status, Type expected)
    {
        var options = new TestClientOptions(ProviderProfile.Essential);
        options.Retry.MaxRetries = 0;
        using var harness = new PipelineHarness(options);
        harness.Transport.Otherwise((HttpStatusCode)status, $"{{\"status\":{status},\"message\":\"Something specific\"}}");

        var error = await Assert.ThrowsAnyAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.IsType(expected, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("Something specific", error.ProviderMessage);
        Assert.Contains("Something specific", error.Message, StringComparison.Ordinal);
        Assert.Equal("Essential", error.Provider);
    }

    [Fact]
    public async Task The_unsubscribed_message_says_what_to_do()
    {
        var options = new TestClientOptions(ProviderProfile.Essential);
        using var harness = new PipelineHarness(options);
        harness.Transport.Otherwise(HttpStatusCode.MethodNotAllowed, "{\"status\":405,\"message\":\"Subscriber has unsubscribed\"}");

        var error = await Assert.ThrowsAsync<UnsubscribedException>(() => harness.Send(HttpMethod.Post, body: "{}").Bounded());

        Assert.Contains("update endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("legal basis", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_405_from_another_provider_is_not_an_unsubscribe()
    {
        using var harness = new PipelineHarness(new TestClientOptions(ProviderProfile.Sequenzy));
        harness.Transport.Otherwise(HttpStatusCode.MethodNotAllowed, "{\"success\":false,\"error\":\"Method not allowed\"}");

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Post, body: "{}").Bounded());

        Assert.Equal(typeof(SubscriberApiException), error.GetType());
        Assert.Equal("Method not allowed", error.ProviderMessage);
    }

    [Fact]
    public async Task Mobile_Text_Alerts_error_bodies_give_code_message_and_request_id()
    {
        using var harness = new PipelineHarness(new TestClientOptions(ProviderProfile.MobileTextAlerts));
        harness.Transport.Otherwise(HttpStatusCode.BadRequest,
            "{\"httpCode\":400,\"message\":\"Invalid number +14155550123\",\"name\":\"BadRequestError\",\"requestId\":\"req-9\"}");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Equal("BadRequestError", error.ProviderCode);
        Assert.Equal("req-9", error.RequestId);
        Assert.DoesNotContain("4155550123", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid number", error.Message, StringComparison.Ordinal);
        Assert.Contains("4155550123", error.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_id_header_wins_over_the_body()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Otherwise(HttpStatusCode.NotFound, "{\"requestId\":\"from-body\"}", ("X-Request-ID", "from-header"));

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Equal("from-header", error.RequestId);
        Assert.Equal(["from-header"], error.Details.Headers["x-request-id"]);
    }

    [Fact]
    public async Task Attentive_error_bodies_give_id_and_message()
    {
        using var harness = new PipelineHarness(new TestClientOptions(ProviderProfile.Attentive));
        harness.Transport.Otherwise(HttpStatusCode.BadRequest, "{\"error\":{\"id\":4711,\"message\":\"Unknown sign-up source\"}}");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => harness.Send(HttpMethod.Post, body: "{}").Bounded());

        Assert.Equal("4711", error.ProviderCode);
        Assert.Equal("Unknown sign-up source", error.ProviderMessage);
    }

    [Fact]
    public async Task Field_errors_are_read_from_issue_lists()
    {
        using var harness = new PipelineHarness(new TestClientOptions(ProviderProfile.Sequenzy));
        harness.Transport.Otherwise(HttpStatusCode.BadRequest,
            "{\"success\":false,\"error\":{\"code\":\"VALIDATION\",\"message\":\"Invalid tags\"},\"issues\":[{\"path\":[\"tags\",0],\"message\":\"too long\"}]}");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => harness.Send(HttpMethod.Post, body: "{}").Bounded());

        Assert.Equal("VALIDATION", error.ProviderCode);
        var field = Assert.Single(error.FieldErrors);
        Assert.Equal("tags.0", field.Field);
        Assert.Equal("too long", field.Message);
    }

    [Fact]
    public async Task A_non_JSON_error_body_still_gives_a_useful_exception()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Otherwise(HttpStatusCode.Unauthorized, "<html>nope</html>");

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Null(error.ProviderMessage);
        Assert.Equal("<html>nope</html>", error.RawBody);
        Assert.Contains("Check the credentials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_records_status_request_id_and_attempts_on_the_option()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Otherwise(HttpStatusCode.Created, "{}", ("X-Request-ID", "abc"));
        var request = PipelineHarness.Request(HttpMethod.Get);
        var option = PipelineRequestOption.From(request)!;

        using var response = await harness.Client.SendAsync(request).Bounded();

        Assert.Equal(201, option.StatusCode);
        Assert.Equal("abc", option.RequestId);
        Assert.Equal(1, option.Attempts);
    }

    [Fact]
    public async Task A_refused_connection_says_refused_not_timed_out()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new TestClientOptions(ProviderProfile.MobileTextAlerts);
        options.Retry.MaxRetries = 0;
        using var client = SubscriberHttpClientFactory.Create(new PipelineSettings(options), new SocketsHttpHandler(), null, new PacerRegistry());
        var request = PipelineHarness.Request(HttpMethod.Get);
        request.RequestUri = new Uri($"http://localhost:{port}/mta/v3/subscribers");

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => client.SendAsync(request).Bounded());

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("timed out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_connection_is_named()
    {
        var options = new TestClientOptions(ProviderProfile.Essential);
        options.Retry.MaxRetries = 0;
        using var harness = new PipelineHarness(options);
        harness.Transport.Throw(new HttpRequestException("An error occurred while sending the request.",
            new IOException("Unable to read data from the transport connection.", new SocketException((int)SocketError.ConnectionReset))));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Contains("reset", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_404_that_is_not_the_providers_error_says_to_check_BaseAddress()
    {
        using var harness = new PipelineHarness(new TestClientOptions(ProviderProfile.Attentive));
        harness.Transport.Otherwise(HttpStatusCode.NotFound, "<html><body>Not Found</body></html>");

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => harness.Send(HttpMethod.Get).Bounded());

        Assert.Contains("check the client's BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://provider.test/api/subscribers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timeout_after_a_refused_attempt_says_the_connection_was_refused()
    {
        var options = new TestClientOptions(ProviderProfile.Essential) { Timeout = TimeSpan.FromSeconds(20), AttemptTimeout = TimeSpan.FromSeconds(5) };
        options.Retry.MaxRetries = 1;
        using var harness = new PipelineHarness(options);
        harness.Transport
            .Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)))
            .Hang();

        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await harness.Transport.WaitForRequestsAsync(2);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => call.Bounded());
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Contains("was refused", error.Message, StringComparison.Ordinal);
    }
}
