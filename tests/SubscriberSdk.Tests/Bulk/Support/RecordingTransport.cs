using System.Collections.Concurrent;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>
/// The innermost client handler over the simulator: records every attempt, and can hold one back as a
/// response slower than any timeout would be, telling the clock that only the client's timeout ends it.
/// </summary>
internal sealed class RecordingTransport(HttpMessageHandler inner, BulkTestClock clock) : DelegatingHandler(inner)
{
    private readonly ConcurrentDictionary<string, bool> _heldOnce = new(StringComparer.Ordinal);

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>
    /// The next request whose body contains <paramref name="marker"/> is not sent on: it waits until the
    /// client gives up on it. (A delay stub in the simulator would do the same, but the simulator moves its
    /// scenario on only when the delayed answer ends, so the retry could meet the stub again.)
    /// </summary>
    public void HoldOnce(string marker) => _heldOnce[marker] = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentAt = clock.GetUtcNow();
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var held = _heldOnce.Keys.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } marker && _heldOnce.TryRemove(marker, out _);
        var status = 0;
        try
        {
            if (held)
            {
                using (clock.WaitingForCancellation(cancellationToken))
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            return response;
        }
        finally
        {
            Calls.Enqueue(new RecordedCall(request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, sentAt, status, body));
        }
    }
}
