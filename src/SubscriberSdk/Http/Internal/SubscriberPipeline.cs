using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// One client's request pipeline, outer to inner: <see cref="SubscriberPipelineHandler"/> (SDK errors,
/// traces) -> the resilience library's <see cref="ResilienceHandler"/> with total timeout -> retry ->
/// circuit breaker -> rate limiter (the pacer) -> attempt timeout -> <see cref="AttemptHandler"/> ->
/// Kiota's handlers without its RetryHandler -> transport. Built the same way with and without
/// dependency injection; only where the standard options come from differs.
/// </summary>
internal sealed class SubscriberPipeline
{
    /// <summary>The pipeline name given to <c>AddResilienceHandler</c>; the library prefixes it with the HTTP client's name.</summary>
    public const string ResilienceHandlerName = "pipeline";

    private readonly PipelineTelemetry _telemetry;
    private readonly AttemptPacing _pacing;
    private readonly PacerRegistry _pacers;

    public SubscriberPipeline(PipelineSettings settings, ILogger? logger = null, PacerRegistry? pacers = null)
    {
        Settings = settings;
        _telemetry = new PipelineTelemetry(settings.Profile, logger, settings.TimeProvider);
        _pacing = new AttemptPacing(settings.TimeProvider, _telemetry);
        _pacers = pacers ?? PacerRegistry.Shared;
    }

    public PipelineSettings Settings { get; }

    /// <summary>The name a client logs under when it is not created through dependency injection.</summary>
    public static string LoggerName(ProviderProfile profile) =>
        $"SubscriberSdk.{profile.DisplayName.Replace(" ", string.Empty, StringComparison.Ordinal)}";

    public DelegatingHandler CreateOuterHandler() => new SubscriberPipelineHandler(Settings, _telemetry, _pacers);

    public IEnumerable<DelegatingHandler> CreateInnerHandlers() => [new AttemptHandler(Settings, _telemetry), .. KiotaHandlerChain.CreateWithoutRetry()];

    /// <summary>Every handler in order, for a client built without dependency injection.</summary>
    public IList<DelegatingHandler> CreateHandlers()
    {
        var options = new HttpStandardResilienceOptions();
        ApplyDefaults(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        AddStrategies(builder, options, LoggerName(Settings.Profile));
        return [CreateOuterHandler(), new ResilienceHandler(builder.Build()), .. CreateInnerHandlers()];
    }

    public void ApplyDefaults(HttpStandardResilienceOptions options)
    {
        ResilienceOptionsDefaults.Apply(options, Settings, _telemetry, _pacing);
        ResilienceOptionsDefaults.DeriveAttemptTimeout(options, Settings);
    }

    /// <summary>Adds the strategies in the pipeline's order, all on the client's clock.</summary>
    /// <param name="builder">The builder of the resilience handler's pipeline.</param>
    /// <param name="options">The standard options, as the defaults and any <c>ConfigureResilience</c> left them.</param>
    /// <param name="name">The options' name, for error messages.</param>
    public void AddStrategies(ResiliencePipelineBuilder<HttpResponseMessage> builder, HttpStandardResilienceOptions options, string name)
    {
        ResilienceOptionsCheck.ThrowIfInvalid(name, options);
        builder.TimeProvider = Settings.TimeProvider;
        builder.AddTimeout(options.TotalRequestTimeout);
        if (Settings.Retry.MaxRetries > 0)
        {
            builder.AddRetry(options.Retry);
        }

        if (Settings.CircuitBreaker.Enabled)
        {
            builder.AddCircuitBreaker(options.CircuitBreaker);
        }

        builder.AddRateLimiter(options.RateLimiter);
        builder.AddTimeout(options.AttemptTimeout);
    }
}
