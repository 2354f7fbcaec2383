using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;

namespace SubscriberSimulator.Core;

/// <summary>
/// The simulator-wide services every engine uses, in one object so an engine's constructor takes
/// one parameter: the clock, the outbox, the rate limiter, the spec validator, the body limit and
/// a logger for errors the engine turns into 500s.
/// </summary>
public sealed class EngineServices
{
    public EngineServices(SimulatorOptions options, Outbox.Outbox outbox, RateLimiter rateLimiter, SpecValidator specValidator, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(rateLimiter);
        ArgumentNullException.ThrowIfNull(specValidator);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        Clock = options.Clock;
        Outbox = outbox;
        RateLimiter = rateLimiter;
        SpecValidator = specValidator;
        MaxRequestBodyBytes = options.MaxRequestBodyBytes;
        MaxTenantsPerProvider = options.MaxTenantsPerProvider;
        MaxSubscribersPerTenant = options.MaxSubscribersPerTenant;
        Logger = loggerFactory.CreateLogger("SubscriberSimulator.Engines");
    }

    /// <summary>Every timestamp and window reads it; never DateTime.UtcNow.</summary>
    public SimulatorClock Clock { get; }

    public Outbox.Outbox Outbox { get; }

    public RateLimiter RateLimiter { get; }

    public SpecValidator SpecValidator { get; }

    /// <summary>Larger bodies are refused with 413 in the provider's shape.</summary>
    public long MaxRequestBodyBytes { get; }

    /// <summary><see cref="SimulatorOptions.MaxTenantsPerProvider"/>: what each engine's tenant store holds at most.</summary>
    internal int MaxTenantsPerProvider { get; }

    /// <summary><see cref="SimulatorOptions.MaxSubscribersPerTenant"/>: what each tenant holds at most.</summary>
    internal int MaxSubscribersPerTenant { get; }

    public ILogger Logger { get; }
}
