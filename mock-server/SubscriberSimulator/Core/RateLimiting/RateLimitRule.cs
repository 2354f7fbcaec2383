namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>At most <paramref name="PermitLimit"/> requests per fixed <paramref name="Window"/>.</summary>
public sealed record RateLimitRule(int PermitLimit, TimeSpan Window)
{
    public int PermitLimit { get; } = PermitLimit > 0
        ? PermitLimit
        : throw new ArgumentOutOfRangeException(nameof(PermitLimit), PermitLimit, "A rate-limit rule needs at least one permit per window.");

    public TimeSpan Window { get; } = Window > TimeSpan.Zero
        ? Window
        : throw new ArgumentOutOfRangeException(nameof(Window), Window, "A rate-limit window must be longer than zero.");
}
