using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Fills the resilience library's standard options from a client's SDK options. With dependency injection
/// these are the defaults that <c>ConfigureResilience</c> callbacks then change; the callbacks (retry
/// decision, logging, pacing) sit in the options, so a caller can wrap them instead of losing them.
/// </summary>
internal static class ResilienceOptionsDefaults
{
    private const int SamplingToAttemptTimeoutRatio = 2;

    public static void Apply(HttpStandardResilienceOptions options, PipelineSettings settings, PipelineTelemetry telemetry, AttemptPacing pacing)
    {
        options.TotalRequestTimeout.Timeout = settings.Timeout;
        options.AttemptTimeout.Timeout = settings.AttemptTimeout;
        ApplyRetry(options.Retry, settings.Retry, telemetry);
        ApplyCircuitBreaker(options.CircuitBreaker, settings);
        options.RateLimiter.RateLimiter = pacing.AcquireAsync;
    }

    /// <summary>
    /// When the caller shortened the total timeout below an attempt timeout nobody set, the attempt timeout
    /// follows it (as <see cref="SubscriberClientOptions.AttemptTimeout"/> does), rather than failing.
    /// </summary>
    public static void DeriveAttemptTimeout(HttpStandardResilienceOptions options, PipelineSettings settings)
    {
        var total = options.TotalRequestTimeout.Timeout;
        if (!settings.HasExplicitAttemptTimeout && options.AttemptTimeout.Timeout == settings.AttemptTimeout && options.AttemptTimeout.Timeout > total)
        {
            options.AttemptTimeout.Timeout = total;
        }
    }

    private static void ApplyRetry(HttpRetryStrategyOptions retry, RetryOptions sdk, PipelineTelemetry telemetry)
    {
        if (sdk.MaxRetries > 0)
        {
            // Zero retries leaves the strategy out of the pipeline; the library accepts 1 at least.
            retry.MaxRetryAttempts = sdk.MaxRetries;
        }

        retry.BackoffType = DelayBackoffType.Exponential;
        retry.Delay = sdk.BaseDelay;
        retry.MaxDelay = sdk.MaxDelay;
        retry.UseJitter = sdk.UseJitter;

        // The server's Retry-After / RateLimit-Reset is not the retry delay here: the pacing stage, inside
        // the retry, holds the next attempt until then, so it leaves at max(server's wait, backoff). The
        // library's own header handling cannot do that: it replaces the backoff instead of taking the longer
        // one, ignores RateLimit-Reset, and reads an HTTP-date Retry-After against the system clock rather
        // than the injected one.
        retry.ShouldRetryAfterHeader = false;
        retry.ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args, sdk.MaxServerDelay));
        retry.OnRetry = telemetry.OnRetry;
    }

    private static void ApplyCircuitBreaker(HttpCircuitBreakerStrategyOptions breaker, PipelineSettings settings)
    {
        var sdk = settings.CircuitBreaker;
        breaker.FailureRatio = sdk.FailureRatio;
        breaker.MinimumThroughput = sdk.MinimumThroughput;
        breaker.BreakDuration = sdk.BreakDuration;

        // The library requires a window of at least two attempt timeouts, or it cannot see one timing out.
        var least = settings.AttemptTimeout * SamplingToAttemptTimeoutRatio;
        breaker.SamplingDuration = sdk.SamplingDuration >= least ? sdk.SamplingDuration : least;
        breaker.ShouldHandle = args => new ValueTask<bool>(TransientFailureClassifier.CountsAgainstCircuit(args.Outcome));
    }

    private static bool ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args, TimeSpan maxServerDelay)
    {
        var request = args.Context.GetRequestMessage();
        var state = AttemptState.From(request);
        var method = state?.Method ?? request?.Method ?? HttpMethod.Get;
        var policy = state?.Policy ?? new OperationPolicy(method.Method.ToLowerInvariant());
        if (!TransientFailureClassifier.ShouldRetry(args.Outcome, policy, method))
        {
            return false;
        }

        // A wait longer than the caller allows is the caller's decision: stop and report it.
        return args.Outcome.Exception is not null || state?.LastServerHint is not { } hint || hint <= maxServerDelay;
    }
}
