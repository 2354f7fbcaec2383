namespace SubscriberSdk;

/// <summary>
/// Stops sending for a while when the provider keeps failing with 5xx responses, transport errors or
/// timeouts. A 429 never counts: throttling is the pacer's job, not a sign the provider is down.
/// </summary>
public sealed class CircuitBreakerOptions
{
    /// <summary>Whether the breaker is in the pipeline. Default on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Share of failed attempts in the sampling window that opens the circuit. Default 0.5.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the sampling window before the ratio is judged. Default 10.</summary>
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>
    /// The window failures are counted over. Default 30 seconds. The pipeline uses at least twice the
    /// attempt timeout (as the resilience library requires), or a window could not see a timed-out attempt.
    /// </summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial request. Default 15 seconds.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    internal void Validate()
    {
        if (!Enabled)
        {
            return;
        }

        if (FailureRatio is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FailureRatio), FailureRatio, "CircuitBreaker.FailureRatio must be greater than 0 and at most 1.");
        }

        if (MinimumThroughput < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumThroughput), MinimumThroughput, "CircuitBreaker.MinimumThroughput must be at least 2.");
        }

        if (!IsWithinLibraryRange(SamplingDuration) || !IsWithinLibraryRange(BreakDuration))
        {
            throw new ArgumentOutOfRangeException(nameof(SamplingDuration), "CircuitBreaker.SamplingDuration and BreakDuration must be between 500 ms and 1 day.");
        }
    }

    private static bool IsWithinLibraryRange(TimeSpan value) => value >= TimeSpan.FromMilliseconds(500) && value <= TimeSpan.FromDays(1);

    internal CircuitBreakerOptions Clone() => (CircuitBreakerOptions)MemberwiseClone();
}
