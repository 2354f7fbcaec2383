namespace SubscriberSdk;

/// <summary>
/// The provider kept answering 429 after the SDK's retries ran out, asked for a longer wait than
/// <see cref="RetryOptions.MaxServerDelay"/>, or the client-side pacing queue was full.
/// Wait <see cref="RetryAfter"/> before trying again.
/// </summary>
public sealed class RateLimitedException(string message, SubscriberErrorDetails details, TimeSpan? retryAfter)
    : SubscriberApiException(message, details)
{
    /// <summary>How long the provider asked to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
