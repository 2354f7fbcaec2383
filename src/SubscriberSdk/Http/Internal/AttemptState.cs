namespace SubscriberSdk.Http.Internal;

/// <summary>Per logical request: what every attempt of it shares.</summary>
internal sealed class AttemptState(RequestSnapshot snapshot, OperationPolicy policy, HttpMethod method, Pacer? pacer)
{
    public RequestSnapshot Snapshot { get; } = snapshot;

    public OperationPolicy Policy { get; } = policy;

    public HttpMethod Method { get; } = method;

    public Pacer? Pacer { get; } = pacer;

    public int Attempts { get; set; }

    /// <summary>The last response's Retry-After / RateLimit-Reset, read before Polly disposes that response.</summary>
    public TimeSpan? LastServerHint { get; set; }
}
