using Microsoft.Extensions.Logging;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.TestSupport.Http;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Support;

/// <summary>The real pipeline over a scripted transport on a fake clock.</summary>
internal sealed class PipelineHarness : IDisposable
{
    public PipelineHarness(TestClientOptions? options = null, PacerRegistry? pacers = null, ILoggerFactory? loggerFactory = null)
    {
        Time = new TimerTrackingTimeProvider();
        Options = options ?? new TestClientOptions();
        Options.TimeProvider = Time;
        Transport = new ScriptedHttpMessageHandler(Time);
        Pacers = pacers ?? new PacerRegistry();
        Client = SubscriberHttpClientFactory.Create(new PipelineSettings(Options), Transport, loggerFactory, Pacers);
    }

    public TimerTrackingTimeProvider Time { get; }

    public TestClientOptions Options { get; }

    public ScriptedHttpMessageHandler Transport { get; }

    public PacerRegistry Pacers { get; }

    public HttpClient Client { get; }

    public static HttpRequestMessage Request(HttpMethod method, OperationPolicy? policy = null, string? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, "https://provider.test/api/subscribers");
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        new PipelineRequestOption(policy ?? new OperationPolicy("subscribers.test"), idempotencyKey, idempotencyKey is null ? null : "Idempotency-Key")
            .AttachTo(request);
        return request;
    }

    public Task<HttpResponseMessage> Send(HttpMethod method, OperationPolicy? policy = null, string? body = null, CancellationToken cancellationToken = default) =>
        Client.SendAsync(Request(method, policy, body), cancellationToken);

    /// <summary>Waits until the pipeline schedules a timer due in <paramref name="dueIn"/>, then moves the clock that far.</summary>
    public async Task AdvanceWhenScheduledAsync(TimeSpan dueIn)
    {
        await Time.WhenTimerScheduledAsync(dueIn).Bounded();
        Time.Advance(dueIn);
    }

    public void Dispose() => Client.Dispose();
}
