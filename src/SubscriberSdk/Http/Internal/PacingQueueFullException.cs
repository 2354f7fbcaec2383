namespace SubscriberSdk.Http.Internal;

/// <summary>The pacer's wait queue is full; surfaced to callers as a <see cref="RateLimitedException"/>.</summary>
internal sealed class PacingQueueFullException : Exception
{
    public PacingQueueFullException()
        : base("Too many requests are already waiting for a pacing permit.")
    {
    }
}
