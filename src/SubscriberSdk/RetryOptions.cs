namespace SubscriberSdk;

/// <summary>
/// How the single retry layer of the request pipeline behaves. Transport errors, 408, 429 and 5xx
/// responses are retried; a POST is retried only when the operation is safe to repeat (a natural-key
/// upsert or a request carrying an idempotency key), except after a 429, which the server did not act on.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt. Zero disables retrying. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles with each further retry. Default 1 second.</summary>
    /// <remarks>A server's <c>Retry-After</c> or <c>RateLimit-Reset</c> that asks for longer wins: the next attempt waits for it.</remarks>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the computed exponential delay. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest server-requested wait (<c>Retry-After</c> or <c>RateLimit-Reset</c>) the SDK waits out.
    /// A longer one ends the retries with a <see cref="RateLimitedException"/> so the caller decides. Default 2 minutes.
    /// </summary>
    public TimeSpan MaxServerDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Randomises the exponential delays (the resilience library's decorrelated jitter) so many clients do not
    /// retry in step. Default on; off, the delays are exactly <see cref="BaseDelay"/> times 1, 2, 4, ...
    /// </summary>
    public bool UseJitter { get; set; } = true;

    internal void Validate()
    {
        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Retry.MaxRetries must be zero or more.");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay || MaxDelay > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), BaseDelay, "Retry.BaseDelay must be zero or more and no larger than Retry.MaxDelay, which is at most 1 day.");
        }

        if (MaxServerDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxServerDelay), MaxServerDelay, "Retry.MaxServerDelay must be zero or more.");
        }
    }

    internal RetryOptions Clone() => (RetryOptions)MemberwiseClone();
}
