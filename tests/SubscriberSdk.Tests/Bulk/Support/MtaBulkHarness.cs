using System.Text.Json.Nodes;
using SubscriberSdk.Bulk;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator;
using SubscriberSimulator.Core;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>
/// An in-memory simulator whose clock is the test's <see cref="BulkTestClock"/>, a Mobile Text Alerts
/// account on it, and a client on the same clock that records every attempt.
/// </summary>
internal sealed class MtaBulkHarness : IAsyncDisposable
{
    /// <param name="overSockets">Kestrel on loopback instead of in memory, so injected faults (a reset connection) happen on a real socket.</param>
    public MtaBulkHarness(Action<SimulatorOptions>? configureSimulator = null, Action<MobileTextAlertsClientOptions>? configureClient = null, bool overSockets = false)
    {
        var simulatorOptions = new SimulatorOptions { Clock = new SimulatorClock(Clock) };
        configureSimulator?.Invoke(simulatorOptions);
        Server = overSockets
            ? SimulatorServer.StartAsync(simulatorOptions).GetAwaiter().GetResult()
            : SimulatorServer.CreateInMemory(simulatorOptions);
        Engine = Server.GetEngine<MobileTextAlertsEngine>();
        Account = Engine.CreateAccount();
        Transport = new RecordingTransport(Server.CreateHandler(), Clock);
        var options = new MobileTextAlertsClientOptions
        {
            ApiKey = Account.ApiKey,
            BaseAddress = new Uri(Server.BaseAddress, "mta"),
            Transport = Transport,
            TimeProvider = Clock,
            Retry = { UseJitter = false },
        };
        configureClient?.Invoke(options);
        Client = new MobileTextAlertsClient(options);
    }

    public BulkTestClock Clock { get; } = new();

    public SimulatorServer Server { get; }

    public MobileTextAlertsEngine Engine { get; }

    public MtaAccountInfo Account { get; }

    public RecordingTransport Transport { get; }

    public MobileTextAlertsClient Client { get; }

    public IReadOnlyList<RecordedCall> BulkCalls => Transport.Calls.Where(c => c.Path.EndsWith("/subscribers/bulk", StringComparison.Ordinal)).OrderBy(c => c.SentAt).ToArray();

    public BulkOptions Options(int chunkSize = BulkOptions.MaxChunkSize) => new() { ChunkSize = chunkSize, TimeProvider = Clock };

    public Task<BulkResult> RunAsync(IEnumerable<MobileTextAlertsSubscriberRequest?> records, BulkOptions options, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Clock.DriveAsync(Client.BulkCreateAsync(records, options, progress, cancellationToken));

    /// <summary>Phone numbers in the simulator's store, one entry per stored subscriber.</summary>
    public IReadOnlyList<string> StoredNumbers() =>
        Engine.ListSubscribers(Account.TenantId).Select(s => s.E164 ?? string.Empty).ToArray();

    /// <summary>
    /// Answers the first bulk request containing <paramref name="marker"/> once with <paramref name="response"/>
    /// (WireMock.Net's response JSON: StatusCode, Headers, BodyAsJson, Delay).
    /// </summary>
    public Task StubOnceAsync(string name, string marker, JsonObject response) =>
        SimulatorMappings.OnceForBodyAsync(Server, name, "/mta/v3/subscribers/bulk", marker, response);

    /// <summary>
    /// The engine answers the first bulk request containing <paramref name="marker"/> (its work is committed),
    /// then the connection resets: "the connection reset after the server wrote".
    /// </summary>
    public Task ResetAfterTheEngineOnceAsync(string name, string marker) =>
        SimulatorMappings.OnceForBodyAsync(Server, name, "/mta/v3/subscribers/bulk", marker, SimulatorMappings.ResetConnection(), afterTheEngine: true);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
