using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using SubscriberSimulator.Control;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting.Faults;
using SubscriberSimulator.Hosting.InMemory;
using SubscriberSimulator.Hosting.Journal;
using SubscriberSimulator.Hosting.Mappings;
using SubscriberSimulator.Hosting.State;
using WireMock.Matchers;
using WireMock.Server;
using WireMock.Settings;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// Puts one simulator together: the engines and simulator-wide services (a DI container of their
/// own), and the WireMock.Net server that serves them: provider mappings answered by the engines,
/// the simulator's middleware in front of WireMock.Net's, its journal shaped by
/// <see cref="JournalKeeper"/>. On a loopback socket or, with no socket, on <see cref="InMemoryTransport"/>.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    // Compiled specs are immutable, so one validator serves every instance in the process.
    private static readonly Lazy<SpecValidator> SharedValidator = new(() => new SpecValidator());

    /// <summary>The shortest admin token accepted (documented in the README).</summary>
    public const int MinimumAdminTokenLength = 16;

    private readonly ServiceProvider _services;
    private readonly HttpContextAccessor _httpContext = new();
    private readonly ConnectionRegistry _connections = new();
    private readonly InMemoryTransport? _memory;
    private readonly StateChanges _stateChanges = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _saveGate = new();
    private StateSaver? _saver;
    private WireMockServer? _server;
    private int _disposed;

    private SimulatorHost(SimulatorOptions options)
    {
        Options = options;
        _services = BuildServices(options);
        _memory = options.InMemory ? new InMemoryTransport() : null;
        Engines = _services.GetRequiredService<EngineDirectory>();
        var answers = new EngineAnswers(_httpContext, Engines, _stopping.Token);
        ProviderMappings = new ProviderMappings(Engines.All, answers);
        EngineAnswered = new EngineAnsweredMappings(answers);
        Controls = new SimulatorControls(Engines.All, options.Clock, _services.GetRequiredService<Outbox>(), () => ResetAll(includeClock: true));
    }

    public SimulatorOptions Options { get; }

    public IServiceProvider Services => _services;

    public EngineDirectory Engines { get; }

    public ProviderMappings ProviderMappings { get; }

    public EngineAnsweredMappings EngineAnswered { get; }

    public SimulatorControls Controls { get; }

    public WireMockServer Server => _server ?? throw new InvalidOperationException("The simulator has not started.");

    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    public bool StateLoaded { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> DemoSeed { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<IStateParticipant> StateParticipants { get; private set; } = [];

    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckAdminToken(options.AdminToken);
        var bind = options.InMemory ? IPAddress.Loopback : CheckBinding(options);
        if (options.StateFile is { } stateFile)
        {
            StateFile.CheckWritable(stateFile);
        }

        var host = new SimulatorHost(options);
        try
        {
            // WireMock.Net starts synchronously (and polls for Kestrel every 100 ms): off the caller's thread.
            await Task.Run(() => host.Start(bind), cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch (SocketException exception)
        {
            // An address the probe could not test (port 0) or that Kestrel refuses on its own terms.
            await host.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"Cannot listen on {options.Host}:{options.Port}: {exception.Message}", exception);
        }
        catch
        {
            // A port in use or a bad state file must not leave a half-started host behind.
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>POST /__admin/reset (and /__sim/reset with the clock): everything back to a fresh start.</summary>
    public void ResetAll(bool includeClock)
    {
        Server.ResetMappings();
        Server.ResetScenarios();
        Server.ResetLogEntries();
        ProviderMappings.Register(Server);
        foreach (var participant in StateParticipants)
        {
            participant.Reset();
        }

        _services.GetRequiredService<RateLimiter>().Reset();
        if (includeClock)
        {
            Options.Clock.Reset();
        }
    }

    /// <summary>
    /// Java-format mappings, converted by WireMock.Net's own importer (which reads them from a file,
    /// so the body goes through a temporary one).
    /// </summary>
    public ProviderResponse ImportJavaFormat(ReadOnlyMemory<byte> body)
    {
        var path = Path.Combine(Path.GetTempPath(), "subscriber-simulator-wiremock-org-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllBytes(path, body.ToArray());
            Server.ReadStaticWireMockOrgMappingAndAddOrUpdate(path);
            var added = Server.Mappings.Where(mapping => string.Equals(mapping.Path, path, StringComparison.Ordinal)).ToArray();
            foreach (var mapping in added)
            {
                mapping.Path = null;
            }

            return added.Length == 1
                ? SimulatorEndpointsMiddleware.Status(201, "Mapping added", added[0].Guid)
                : SimulatorEndpointsMiddleware.Status(201, $"{added.Length} mappings added");
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or ArgumentException or NotSupportedException or FormatException)
        {
            return SimulatorEndpointsMiddleware.Status(400, exception.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public HttpMessageHandler CreateHandler()
    {
        if (_memory is null)
        {
            return new SocketsHttpHandler { UseProxy = false };
        }

        var memory = _memory;
        return new SocketsHttpHandler
        {
            UseProxy = false,
            ConnectCallback = (_, _) => ValueTask.FromResult(memory.Connect()),
        };
    }

    /// <summary>
    /// A raw connection to the server (the in-memory transport's, or a loopback socket's), for
    /// tests that write HTTP/1.1 byte for byte: framing no HttpClient would send.
    /// </summary>
    public async Task<Stream> OpenConnectionAsync()
    {
        if (_memory is not null)
        {
            return _memory.Connect();
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(BaseAddress.Host, BaseAddress.Port).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void SaveState()
    {
        if (Options.StateFile is { } path && _server is not null)
        {
            // The periodic saver and the save at stop write the same temporary file.
            lock (_saveGate)
            {
                StateFile.Save(path, StateParticipants, Options.Clock.GetUtcNow());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            _saver?.Dispose();
            if (_server is not null)
            {
                // Kestrel waits for requests in flight before it stops: engine work still running
                // (a client gone or still waiting on a huge request) is abandoned, not waited for.
                await _stopping.CancelAsync().ConfigureAwait(false);
                await Task.Run(_server.Stop).ConfigureAwait(false);
                SaveState();
            }
        }
        finally
        {
            _server?.Dispose();
            _stopping.Dispose();
            await _services.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static ServiceProvider BuildServices(SimulatorOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            options.ConfigureLogging?.Invoke(logging);
        });
        services.AddSingleton(options);
        services.AddSingleton(options.Clock);
        services.AddSingleton<TimeProvider>(options.Clock);
        services.AddSingleton<Outbox>();
        services.AddSingleton<IStateParticipant>(provider => provider.GetRequiredService<Outbox>());
        services.AddSingleton<RateLimiter>();
        services.AddSingleton(SharedValidator.Value);
        services.AddSingleton<EngineServices>();
        services.AddSingleton<EngineDirectory>();
        if (options.IncludeBuiltInEngines)
        {
            BuiltInEngines.Register(services);
        }

        options.ConfigureServices?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// A token that guards every mapping and control must not be guessable or lock the API by accident
    /// (a single space was accepted and then matched no header a client can send).
    /// </summary>
    private static void CheckAdminToken(string? token)
    {
        if (token is null)
        {
            return;
        }

        if (token.Length < MinimumAdminTokenLength || token.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException(
                $"The admin token must be at least {MinimumAdminTokenLength} characters with no whitespace (it has {token.Length}{(token.Any(char.IsWhiteSpace) ? ", with whitespace" : string.Empty)}).",
                nameof(token));
        }
    }

    /// <summary>The address to bind; refuses what would expose the admin API or cannot be bound.</summary>
    private static IPAddress CheckBinding(SimulatorOptions options)
    {
        var address = string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.TryParse(options.Host, out var parsed)
                ? parsed
                : throw new ArgumentException($"Host '{options.Host}' is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost).", nameof(options));
        if (!IPAddress.IsLoopback(address) && string.IsNullOrEmpty(options.AdminToken))
        {
            throw new InvalidOperationException($"Binding to {options.Host} exposes /__admin and /__sim beyond this machine; set an admin token (--admin-token) first.");
        }

        // WireMock.Net would only report a port in use after its 10 s start timeout, and an address
        // Kestrel cannot bind as an unhandled SocketException: a probe (port 0 too) says why first.
        try
        {
            using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(address, options.Port));
        }
        catch (SocketException exception)
        {
            throw new IOException($"Cannot listen on {options.Host}:{options.Port}: {exception.Message}", exception);
        }

        return address;
    }

    private void Start(IPAddress bind)
    {
        var host = bind.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + bind + "]" : bind.ToString();
        var loggerFactory = _services.GetRequiredService<ILoggerFactory>();
        var settings = new WireMockServerSettings
        {
            Urls = [$"http://{host}:{(Options.InMemory ? 0 : Options.Port)}"],
            StartAdminInterface = true,
            MaxRequestLogCount = Math.Max(0, Options.JournalCapacity),
            AllowBodyForAllHttpMethods = true,
            Logger = new WireMockLogger(loggerFactory, _httpContext),
            CustomMatcherMappings = new Dictionary<string, Func<WireMock.Admin.Mappings.MatcherModel, IMatcher>>
            {
                [RouteTemplateMatcher.MatcherName] = model => new RouteTemplateMatcher(model.Pattern?.ToString() ?? string.Empty),
                [PathPrefixMatcher.MatcherName] = model => new PathPrefixMatcher(model.Pattern?.ToString() ?? string.Empty),
            },
            AdditionalServiceRegistration = services =>
            {
                services.AddSingleton<IHttpContextAccessor>(_httpContext);
                if (_memory is not null)
                {
                    // Registered before Kestrel's socket transport, which Kestrel then leaves out.
                    services.AddSingleton<IConnectionListenerFactory>(_memory);
                }

                services.Configure<KestrelServerOptions>(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    kestrel.ConfigureEndpointDefaults(listen => listen.Use(_connections.Track));
                });
            },
            PreWireMockMiddlewareInit = builder =>
            {
                var app = (IApplicationBuilder)builder;
                var faultLogger = loggerFactory.CreateLogger("SubscriberSimulator.Faults");
                app.Use(_stateChanges.Middleware);
                app.Use(next => new AdminTokenMiddleware(next, Options.AdminToken).InvokeAsync);
                app.Use(next => new BodyLimitMiddleware(next, Options.MaxRequestBodyBytes).InvokeAsync);
                app.Use(next => new ClientFaultMiddleware(next, Engines, Options.MaxRequestBodyBytes, loggerFactory.CreateLogger(ClientFaultMiddleware.Category)).InvokeAsync);
                app.Use(next => new FaultMiddleware(next, _connections, faultLogger).InvokeAsync);
                app.Use(next => new SimulatorEndpointsMiddleware(next, this).InvokeAsync);
            },
        };

        _server = WireMockServer.Start(settings);
        BaseAddress = Options.InMemory ? new Uri("http://localhost/") : new Uri($"http://{host}:{_server.Ports[0]}/");
        new JournalKeeper(Options).Attach(_server);
        ProviderMappings.Register(_server);

        var participants = new List<IStateParticipant>(Engines.All);
        participants.AddRange(_services.GetServices<IStateParticipant>());
        participants.Add(new MappingsState(_server, ProviderMappings.Ids, EngineAnswered));
        StateParticipants = participants;
        StateLoaded = Options.StateFile is { } path && StateFile.Load(path, StateParticipants);
        if (Options.SeedDemo && !StateLoaded)
        {
            DemoSeed = Engines.All.ToDictionary(engine => engine.Id, engine => engine.SeedDemo(), StringComparer.OrdinalIgnoreCase);
        }

        if (Options.StateFile is not null && Options.StateSaveInterval > TimeSpan.Zero)
        {
            _saver = new StateSaver(Options.Clock.RealClock, Options.StateSaveInterval, _stateChanges, SaveState,
                loggerFactory.CreateLogger<StateSaver>());
        }
    }
}
