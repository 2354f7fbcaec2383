namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>
/// The outcome of one <see cref="RateLimiter.TryAcquire"/>. When several rules apply (Sequenzy's
/// per-minute limit plus its per-second burst) it describes the rule that binds hardest.
/// </summary>
/// <param name="IsAllowed">False means answer 429.</param>
/// <param name="IsLimited">False when no rule applies (limits off or none documented): write no headers.</param>
/// <param name="Limit">Permits per window of the binding rule.</param>
/// <param name="Remaining">Permits left in the current window after this request.</param>
/// <param name="ResetAt">When the binding rule's window ends (simulated time).</param>
/// <param name="ResetAfter">Time from now until <paramref name="ResetAt"/>.</param>
/// <param name="RetryAfter">How long a rejected client must wait; zero when allowed.</param>
public readonly record struct RateLimitDecision(
    bool IsAllowed,
    bool IsLimited,
    int Limit,
    int Remaining,
    DateTimeOffset ResetAt,
    TimeSpan ResetAfter,
    TimeSpan RetryAfter)
{
    /// <summary>No rule applies.</summary>
    public static RateLimitDecision Unlimited { get; } = new(true, false, 0, 0, DateTimeOffset.MinValue, TimeSpan.Zero, TimeSpan.Zero);
}
