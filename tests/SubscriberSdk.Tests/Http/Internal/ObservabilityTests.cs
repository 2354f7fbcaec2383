using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

public sealed class ObservabilityTests
{
    private const string Phone = "+14155550123";
    private const string Email = "jane.doe@example.com";

    [Fact]
    public async Task Logs_never_contain_a_phone_number_an_email_or_the_credential()
    {
        using var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var options = new TestClientOptions(ProviderProfile.Essential, credential: "secret-token-value");
        options.Retry.MaxRetries = 1;
        using var harness = new PipelineHarness(options, loggerFactory: factory);
        harness.Transport
            .Respond(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "1"))
            .Otherwise(HttpStatusCode.BadRequest, $"{{\"status\":400,\"message\":\"{Email} / {Phone} is invalid\"}}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"https://provider.test/api/subscribers/{Uri.EscapeDataString(Phone)}?email={Uri.EscapeDataString(Email)}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "secret-token-value");

        var call = harness.Client.SendAsync(request);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => call.Bounded());

        var text = string.Join("\n", logs.Lines);
        Assert.Contains("retry 1", text, StringComparison.Ordinal);
        Assert.Contains("failed after 2 attempt(s)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550123", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_meter_counts_requests_and_retries()
    {
        using var harness = new PipelineHarness();
        harness.Transport.Respond(HttpStatusCode.ServiceUnavailable).Otherwise(HttpStatusCode.OK);
        using var recorder = new MeasurementRecorder();

        var call = harness.Send(HttpMethod.Get);
        await harness.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        using var response = await call.Bounded();

        Assert.Equal(2, recorder.Count(SubscriberSdkTelemetry.RequestsInstrument));
        Assert.Equal(1, recorder.Count(SubscriberSdkTelemetry.RetriesInstrument));
    }

    [Fact]
    public async Task The_meter_counts_throttled_waits()
    {
        var options = new TestClientOptions(ProviderProfile.Attentive) { Pacing = PacingOptions.PerWindow(1, TimeSpan.FromSeconds(1)) };
        using var harness = new PipelineHarness(options);
        using var recorder = new MeasurementRecorder();

        using var first = await harness.Send(HttpMethod.Get).Bounded();
        var second = harness.Send(HttpMethod.Get);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await second.Bounded();

        Assert.Equal(1, recorder.Count(SubscriberSdkTelemetry.ThrottledWaitsInstrument));
        Assert.Equal(2, recorder.Count(SubscriberSdkTelemetry.RequestsInstrument));
    }

    [Fact]
    public void Kiota_handlers_are_kept_except_its_retry_handler()
    {
        var handlers = KiotaHandlerChain.CreateWithoutRetry();

        Assert.DoesNotContain(handlers, h => h is RetryHandler);
        Assert.Contains(handlers, h => h is UserAgentHandler);
        Assert.Contains(handlers, h => h is HeadersInspectionHandler);
        Assert.Contains(handlers, h => h is RedirectHandler);
    }

    [Fact]
    public async Task The_User_Agent_names_the_SDK_and_its_version()
    {
        using var harness = new PipelineHarness();

        using var response = await harness.Send(HttpMethod.Get).Bounded();

        var userAgent = harness.Transport.Requests[0].Header("User-Agent");
        Assert.NotNull(userAgent);
        Assert.Contains($"SubscriberSdk/{SdkVersion.Value}", userAgent, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+", SdkVersion.Value);
    }
}
