using SubscriberSimulator.Core;
using SubscriberSimulator.Core.RateLimiting;

namespace SubscriberSimulator;

/// <summary>Settings for one simulator instance (on a socket, in memory, or the standalone server).</summary>
public sealed class SimulatorOptions
{
    /// <summary>The clock every timestamp, window and timeout reads; a fresh one by default.</summary>
    public SimulatorClock Clock { get; set; } = new();

    /// <summary>Documented limits by default; change or switch off per provider and bucket.</summary>
    public RateLimitOptions RateLimits { get; } = new();

    /// <summary>
    /// No socket: the server runs over in-memory connections and is reached only through
    /// <see cref="SimulatorServer.CreateHandler"/> / <see cref="SimulatorServer.CreateClient"/>.
    /// Everything else (stubs, faults, the journal) behaves as on a socket.
    /// </summary>
    public bool InMemory { get; set; }

    /// <summary>Seeds every engine's demo tenant at start (skipped when a state file was loaded).</summary>
    public bool SeedDemo { get; set; }

    /// <summary>
    /// How many requests WireMock.Net's journal keeps (the oldest are dropped). 0 disables it.
    /// WireMock.Net's own default is unbounded, which grows without limit under load.
    /// </summary>
    public int JournalCapacity { get; set; } = 1000;

    /// <summary>How many bytes of each request body the journal keeps; longer bodies are kept truncated.</summary>
    public int JournalBodyLimitBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// False (the default): the journal shows credentials redacted ("Bearer ****abcd", Basic with the
    /// user only). True keeps the Authorization header as sent.
    /// </summary>
    public bool JournalKeepsCredentials { get; set; }

    /// <summary>How many outbox messages are kept before the oldest are dropped.</summary>
    public int OutboxCapacity { get; set; } = 100_000;

    /// <summary>
    /// How many tenants (accounts, workspaces, companies) each provider holds at most; creating one
    /// more is a 403 in the provider's error shape. Tenants loaded from the state file are not capped.
    /// Unbounded growth took one run from 80 MB to 932 MB.
    /// </summary>
    public int MaxTenantsPerProvider { get; set; } = 1000;

    /// <summary>
    /// How many subscribers (contacts) each tenant holds at most, on every provider; a request that
    /// would add one more gets the provider's limit status in its error shape, and a bulk request
    /// fails whole or per record as that provider does. A state file holding more is refused at
    /// start. 100,000 is far beyond what a test needs and keeps one tenant near 50 MB (about 500
    /// bytes a subscriber, BENCHMARKS.md); load runs that fill a million raise it.
    /// </summary>
    public int MaxSubscribersPerTenant { get; set; } = 100_000;

    /// <summary>Largest accepted request body; larger bodies get 413 in the provider's shape.</summary>
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>When set, /__admin and /__sim require "Authorization: Bearer {token}".</summary>
    public string? AdminToken { get; set; }

    /// <summary>
    /// When set, state is loaded from this file at start (if it exists), saved every
    /// <see cref="StateSaveInterval"/> while it changes, and saved on stop.
    /// </summary>
    public string? StateFile { get; set; }

    /// <summary>
    /// How often the state file is saved while requests change the state (1 s by default): what a
    /// hard kill can lose at most while a save takes less than this. After a save that took longer,
    /// the next waits at least as long as it took (so a large store is not saved back to back), and a
    /// hard kill can lose up to about this plus three saves' time. <see cref="TimeSpan.Zero"/> saves
    /// on stop only.
    /// </summary>
    public TimeSpan StateSaveInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Host to bind; loopback by default. Ignored in memory.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port to bind; 0 lets the OS pick a free one, read back after binding (no race). Ignored in memory.</summary>
    public int Port { get; set; }

    /// <summary>Registers the four provider engines; tests of the core turn it off and add their own.</summary>
    public bool IncludeBuiltInEngines { get; set; } = true;

    /// <summary>Extra service registrations (e.g. a test engine via AddSimulatorEngine).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Logging set-up; by default only warnings and errors are logged, and nothing per request.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
