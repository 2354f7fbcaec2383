using SubscriberSimulator.Core;
using SubscriberSimulator.Core.RateLimiting;

namespace SubscriberSimulator;

/// <summary>Settings for one simulator instance (in-process, in-memory or standalone).</summary>
public sealed class SimulatorOptions
{
    /// <summary>The clock every timestamp, window and timeout reads; a fresh one by default.</summary>
    public SimulatorClock Clock { get; set; } = new();

    /// <summary>Documented limits by default; change or switch off per provider and bucket.</summary>
    public RateLimitOptions RateLimits { get; } = new();

    /// <summary>How many requests the journal keeps (a ring: the oldest are overwritten). 0 disables it.</summary>
    public int JournalCapacity { get; set; } = 1000;

    /// <summary>How many bytes of each request body the journal keeps.</summary>
    public int JournalBodyLimitBytes { get; set; } = 64 * 1024;

    /// <summary>How many outbox messages are kept before the oldest are dropped.</summary>
    public int OutboxCapacity { get; set; } = 100_000;

    /// <summary>Largest accepted request body; larger bodies get 413 in the provider's shape.</summary>
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>When set, /__admin and /__sim require "Authorization: Bearer {token}".</summary>
    public string? AdminToken { get; set; }

    /// <summary>When set, state is loaded from this file at start (if it exists) and saved on stop.</summary>
    public string? StateFile { get; set; }

    /// <summary>Host to bind for <see cref="SimulatorServer.StartAsync"/>; loopback by default.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port for <see cref="SimulatorServer.StartAsync"/>; 0 picks a free one atomically.</summary>
    public int Port { get; set; }

    /// <summary>Registers the four provider engines; tests of the core turn it off and add their own.</summary>
    public bool IncludeBuiltInEngines { get; set; } = true;

    /// <summary>Extra service registrations (e.g. a test engine via AddSimulatorEngine).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Logging set-up; by default only warnings and errors are logged, and nothing per request.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
