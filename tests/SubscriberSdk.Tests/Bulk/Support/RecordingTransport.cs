using System.Collections.Concurrent;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>The innermost client handler over the simulator: records every attempt and pulses activity.</summary>
internal sealed class RecordingTransport(HttpMessageHandler inner, TimeProvider clock, ActivitySignal activity) : DelegatingHandler(inner)
{
    private int _inFlight;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public int InFlight => Volatile.Read(ref _inFlight);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentAt = clock.GetUtcNow();
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Interlocked.Increment(ref _inFlight);
        activity.Pulse();
        var status = 0;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            Calls.Enqueue(new RecordedCall(request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, sentAt, status, body));
            activity.Pulse();
        }
    }
}
