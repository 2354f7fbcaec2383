using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Hosting;

namespace SubscriberSimulator;

/// <summary>
/// A running simulator: on a real loopback socket (<see cref="StartAsync"/>) or in memory
/// (<see cref="CreateInMemory"/>). Disposing stops it and, with a state file, saves its state.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable, IDisposable
{
    private readonly WebApplication _app;
    private readonly TestServer? _testServer;
    private readonly SimulatorOptions _options;
    private int _disposed;

    private SimulatorServer(WebApplication app, SimulatorOptions options, Uri baseAddress, TestServer? testServer)
    {
        _app = app;
        _options = options;
        BaseAddress = baseAddress;
        _testServer = testServer;
    }

    /// <summary>The root address, e.g. http://127.0.0.1:54321/ (http://localhost/ in memory).</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public SimulatorClock Clock => _options.Clock;

    public Outbox Outbox => Services.GetRequiredService<Outbox>();

    public IReadOnlyList<ISimulatorEngine> Engines => Services.GetRequiredService<EngineDirectory>().All;

    public bool IsInMemory => _testServer is not null;

    /// <summary>
    /// Starts Kestrel on <see cref="SimulatorOptions.Host"/> (127.0.0.1) and <see cref="SimulatorOptions.Port"/>
    /// (0: the OS picks a free port, read back from the server, so there is no find-a-port race).
    /// </summary>
    public static async Task<SimulatorServer> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var address = ParseHost(options.Host);
        if (!IPAddress.IsLoopback(address) && string.IsNullOrEmpty(options.AdminToken))
        {
            throw new InvalidOperationException($"Binding to {options.Host} exposes /__admin and /__sim beyond this machine; set an admin token (--admin-token) first.");
        }

        var connections = new ConnectionRegistry();
        var app = SimulatorApplication.Build(options, HostingMode.Kestrel, builder =>
        {
            builder.Services.AddSingleton(connections);
            builder.WebHost.UseKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;

                // The simulator enforces its own limit so the 413 comes in the provider's error shape.
                kestrel.Limits.MaxRequestBodySize = null;
                kestrel.Listen(address, options.Port, listen => listen.Use(connections.Track));
            });
        });

        try
        {
            LoadState(app, options);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel started without reporting its address.");
            return new SimulatorServer(app, options, new Uri(bound.EndsWith('/') ? bound : bound + "/"), null);
        }
        catch
        {
            // A port in use or a bad state file must not leave a half-started host behind.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The same app on an in-memory TestServer: no socket, use <see cref="CreateHandler"/> or <see cref="CreateClient"/>.</summary>
    public static SimulatorServer CreateInMemory(SimulatorOptions? options = null)
    {
        options ??= new SimulatorOptions();
        var app = SimulatorApplication.Build(options, HostingMode.InMemory, builder => builder.WebHost.UseTestServer());
        try
        {
            LoadState(app, options);
            app.Start();
        }
        catch
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        var testServer = (TestServer)app.Services.GetRequiredService<IServer>();
        return new SimulatorServer(app, options, testServer.BaseAddress, testServer);
    }

    /// <summary>A handler reaching this server: in memory the TestServer's, otherwise a fresh socket handler.</summary>
    public HttpMessageHandler CreateHandler() =>
        _testServer is not null ? _testServer.CreateHandler() : new SocketsHttpHandler();

    /// <summary>A client whose BaseAddress is this server's root.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(CreateHandler(), disposeHandler: true) { BaseAddress = BaseAddress };
        return client;
    }

    /// <summary>A registered engine by its concrete type, e.g. to seed tenants from C#.</summary>
    public TEngine GetEngine<TEngine>()
        where TEngine : class, ISimulatorEngine =>
        Services.GetService<TEngine>() ?? throw new InvalidOperationException($"No engine of type {typeof(TEngine).Name} is registered.");

    /// <summary>Writes every participant's state to <see cref="SimulatorOptions.StateFile"/> (also done on dispose).</summary>
    public void SaveState()
    {
        if (_options.StateFile is { } path)
        {
            StateFile.Save(path, SimulatorApplication.StateParticipants(Services), Clock.GetUtcNow());
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
            await _app.StopAsync().ConfigureAwait(false);
            SaveState();
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void LoadState(WebApplication app, SimulatorOptions options)
    {
        if (options.StateFile is { } path)
        {
            StateFile.Load(path, SimulatorApplication.StateParticipants(app.Services));
        }
    }

    private static IPAddress ParseHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(host, out var address)
            ? address
            : throw new ArgumentException($"Host '{host}' is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost).", nameof(host));
    }
}
