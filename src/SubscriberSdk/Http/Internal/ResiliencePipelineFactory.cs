using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Builds the Polly part of the pipeline. Outer: total timeout -> retry -> circuit breaker (the pacer
/// runs inside the callback, so each attempt takes a permit). Inner, per attempt: the attempt timeout.
/// </summary>
internal static class ResiliencePipelineFactory
{
    public static readonly ResiliencePropertyKey<AttemptState> StateKey = new("SubscriberSdk.AttemptState");

    public static ResiliencePipeline<HttpResponseMessage> CreateOuter(PipelineSettings settings, Action<OnRetryArguments<HttpResponseMessage>, AttemptState> onRetry)
    {
        var calculator = new RetryDelayCalculator(settings.Retry, settings.JitterSource);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = settings.TimeProvider };
        builder.AddTimeout(settings.Timeout);
        if (settings.Retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.Retry.MaxRetries,
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, State(args.Context), settings.Retry)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    calculator.Compute(args.AttemptNumber, args.Outcome.Exception is null ? State(args.Context).LastServerHint : null)),
                OnRetry = args =>
                {
                    onRetry(args, State(args.Context));
                    return default;
                },
            });
        }

        if (settings.CircuitBreaker.Enabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = settings.CircuitBreaker.FailureRatio,
                MinimumThroughput = settings.CircuitBreaker.MinimumThroughput,
                SamplingDuration = settings.CircuitBreaker.SamplingDuration,
                BreakDuration = settings.CircuitBreaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(
                    TransientFailureClassifier.CountsAgainstCircuit(args.Outcome.Result, args.Outcome.Exception)),
            });
        }

        return builder.Build();
    }

    public static ResiliencePipeline CreateAttemptTimeout(PipelineSettings settings) =>
        new ResiliencePipelineBuilder { TimeProvider = settings.TimeProvider }.AddTimeout(settings.AttemptTimeout).Build();

    private static AttemptState State(ResilienceContext context) => context.Properties.GetValue(StateKey, null!);

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, AttemptState state, RetryOptions retry)
    {
        if (!TransientFailureClassifier.ShouldRetry(outcome.Result, outcome.Exception, state.Policy, state.Method))
        {
            return false;
        }

        // A wait longer than the caller allows is the caller's decision: stop and report it.
        return outcome.Exception is not null || state.LastServerHint is not { } hint || hint <= retry.MaxServerDelay;
    }
}
