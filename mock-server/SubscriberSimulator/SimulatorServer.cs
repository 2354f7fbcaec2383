using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SubscriberSimulator;

/// <summary>
/// A running simulator, hosted by WireMock.Net: every provider route is a WireMock.Net mapping
/// answered by its engine, below any mapping a user adds. Start one with <see cref="StartAsync"/>;
/// on a loopback socket by default, with no socket when <see cref="SimulatorOptions.InMemory"/> is
/// set. Disposing stops it and, with a state file, saves its state.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable, IDisposable
{
    private readonly SimulatorHost _host;

    private SimulatorServer(SimulatorHost host)
    {
        _host = host;
        ProviderUrls = host.Engines.All.ToDictionary(
            engine => engine.Id,
            engine => new Uri(host.BaseAddress, engine.PathPrefix.TrimStart('/')),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The root address, e.g. http://127.0.0.1:54321/ (http://localhost/ in memory).</summary>
    public Uri BaseAddress => _host.BaseAddress;

    /// <summary>Each provider's base address by engine id, e.g. "essential" -> http://127.0.0.1:54321/essential.</summary>
    public IReadOnlyDictionary<string, Uri> ProviderUrls { get; }

    /// <summary>
    /// The WireMock.Net server: add stubs with its fluent API (they override the provider routes),
    /// read its journal (<see cref="WireMockServer.LogEntries"/>), set scenarios.
    /// </summary>
    public WireMockServer WireMock => _host.Server;

    public IServiceProvider Services => _host.Services;

    public SimulatorClock Clock => _host.Options.Clock;

    public Outbox Outbox => _host.Services.GetRequiredService<Outbox>();

    public IReadOnlyList<ISimulatorEngine> Engines => _host.Engines.All;

    public bool IsInMemory => _host.Options.InMemory;

    /// <summary>True when the state file existed and was loaded at start.</summary>
    public bool StateLoaded => _host.StateLoaded;

    /// <summary>What <see cref="SimulatorOptions.SeedDemo"/> seeded, by engine id (credentials, base paths); empty when nothing was.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DemoSeed => _host.DemoSeed;

    /// <summary>
    /// Starts a simulator: on <see cref="SimulatorOptions.Host"/> (127.0.0.1) and
    /// <see cref="SimulatorOptions.Port"/> (0: the OS picks a free port, read back from the server, so
    /// there is no find-a-port race), or in memory. Loads the state file, then seeds the demo tenants
    /// when asked.
    /// </summary>
    public static async Task<SimulatorServer> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SimulatorHost.StartAsync(options ?? new SimulatorOptions(), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Shorthand for <see cref="StartAsync"/> with <see cref="SimulatorOptions.InMemory"/> set, for
    /// callers that cannot await (test fixtures' constructors).
    /// </summary>
    public static SimulatorServer CreateInMemory(SimulatorOptions? options = null)
    {
        options ??= new SimulatorOptions();
        options.InMemory = true;
        return StartAsync(options).GetAwaiter().GetResult();
    }

    /// <summary>A handler reaching this server: over in-memory connections, or a socket handler.</summary>
    public HttpMessageHandler CreateHandler() => _host.CreateHandler();

    /// <summary>A raw connection to the server, for tests that write HTTP/1.1 framing no HttpClient would send.</summary>
    internal Task<Stream> OpenConnectionAsync() => _host.OpenConnectionAsync();

    /// <summary>A client whose BaseAddress is this server's root.</summary>
    public HttpClient CreateClient() => new(CreateHandler(), disposeHandler: true) { BaseAddress = BaseAddress };

    /// <summary>A registered engine by its concrete type, e.g. to seed tenants from C#.</summary>
    public TEngine GetEngine<TEngine>()
        where TEngine : class, ISimulatorEngine =>
        Engines.OfType<TEngine>().FirstOrDefault() ?? throw new InvalidOperationException($"No engine of type {typeof(TEngine).Name} is registered.");

    /// <summary>
    /// A WireMock.Net response answered by the engine that owns the request's path, for a mapping of
    /// your own; with <paramref name="thenFault"/> the connection breaks after the engine committed its
    /// work ("the connection reset after the server wrote"). For example
    /// <c>server.WireMock.Given(Request.Create().WithPath("/mta/v3/subscribers/bulk").UsingPost())
    /// .InScenario("once").WillSetStateTo("done").RespondWith(server.EngineAnswer(SimulatorFault.ConnectionResetByPeer))</c>.
    /// </summary>
    public IResponseBuilder EngineAnswer(SimulatorFault? thenFault = null) => _host.EngineAnswered.Response(thenFault);

    /// <summary>What POST /__admin/reset does: mappings back to the provider defaults, journal, scenarios, engines, outbox, rate-limit windows.</summary>
    public void Reset() => _host.ResetAll(includeClock: false);

    /// <summary>Writes every participant's state to <see cref="SimulatorOptions.StateFile"/> (also done on dispose).</summary>
    public void SaveState() => _host.SaveState();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
