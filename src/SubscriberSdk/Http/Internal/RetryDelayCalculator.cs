namespace SubscriberSdk.Http.Internal;

/// <summary>delay = max(server hint, jittered exponential backoff).</summary>
internal sealed class RetryDelayCalculator(RetryOptions options, Func<double> jitterSource)
{
    private const double JitterSpread = 0.5;

    /// <param name="retryIndex">0 for the first retry.</param>
    /// <param name="serverHint">The wait the server asked for, if any.</param>
    public TimeSpan Compute(int retryIndex, TimeSpan? serverHint)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retryIndex, 30));
        exponential = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        if (options.UseJitter)
        {
            // Uniform in [0.75, 1.25) of the nominal delay; the source returns [0, 1).
            exponential *= 1 - (JitterSpread / 2) + (JitterSpread * jitterSource());
        }

        var computed = TimeSpan.FromMilliseconds(exponential);
        return serverHint is { } hint && hint > computed ? hint : computed;
    }
}
