namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Per logical request: what every attempt of it shares. It travels in the request's options from the
/// SDK's outer handler through the resilience strategies (which find the request in their context) to the
/// attempt handler.
/// </summary>
internal sealed class AttemptState(RequestSnapshot snapshot, OperationPolicy policy, HttpMethod method, Pacer? pacer)
{
    private static readonly HttpRequestOptionsKey<AttemptState> Key = new("SubscriberSdk.AttemptState");
    private IDisposable? _retryWait;

    public RequestSnapshot Snapshot { get; } = snapshot;

    public OperationPolicy Policy { get; } = policy;

    public HttpMethod Method { get; } = method;

    public Pacer? Pacer { get; } = pacer;

    public int Attempts { get; set; }

    /// <summary>The last response's Retry-After / RateLimit-Reset, read before the retry disposes that response.</summary>
    public TimeSpan? LastServerHint { get; set; }

    /// <summary>When the server said the next attempt may go (its Retry-After / RateLimit-Reset); the pacing stage waits for it.</summary>
    public DateTimeOffset NotBefore { get; set; } = DateTimeOffset.MinValue;

    /// <summary>The last attempt's failure without a response (refused, reset, ...), kept to explain a later timeout.</summary>
    public Exception? LastTransportFailure { get; set; }

    public static AttemptState? From(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var state) ? state : null;

    public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);

    /// <summary>Remembers the report of a retry delay (for a test clock) until the next attempt starts or the request ends.</summary>
    public void BeginRetryWait(IDisposable? wait)
    {
        EndRetryWait();
        _retryWait = wait;
    }

    public void EndRetryWait()
    {
        _retryWait?.Dispose();
        _retryWait = null;
    }
}
