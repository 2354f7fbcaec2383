using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SubscriberSdk.Bulk;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;
using SubscriberSdk.Tests.Bulk.Support;
using SubscriberSimulator;
using SubscriberSimulator.Core;
using SubscriberSimulator.Engines.Sequenzy;

namespace SubscriberSdk.Tests.Bulk.Sequenzy;

/// <summary>
/// A simulator whose clock is the test's <see cref="BulkTestClock"/>, a Sequenzy workspace on it,
/// and a client on the same clock that records every attempt.
/// </summary>
internal sealed class SequenzyBulkHarness : IAsyncDisposable
{
    public const string ImportsPath = "/sequenzy/api/v1/subscribers/imports";

    public SequenzyBulkHarness(Action<SequenzyClientOptions>? configureClient = null, bool overSockets = false)
    {
        var simulatorOptions = new SimulatorOptions { Clock = new SimulatorClock(Clock) };
        Server = overSockets
            ? SimulatorServer.StartAsync(simulatorOptions).GetAwaiter().GetResult()
            : SimulatorServer.CreateInMemory(simulatorOptions);
        Engine = Server.GetEngine<SequenzyEngine>();
        Workspace = Engine.CreateWorkspace();
        Transport = new RecordingTransport(Server.CreateHandler(), Clock);
        var options = new SequenzyClientOptions
        {
            ApiKey = Workspace.ApiKey,
            BaseAddress = new Uri(Server.BaseAddress, "sequenzy"),
            Transport = Transport,
            TimeProvider = Clock,
            Retry = { UseJitter = false },
        };
        configureClient?.Invoke(options);
        Client = new SequenzyClient(options);
    }

    public BulkTestClock Clock { get; } = new();

    public SimulatorServer Server { get; }

    public SequenzyEngine Engine { get; }

    public SequenzyWorkspaceInfo Workspace { get; }

    public RecordingTransport Transport { get; }

    public SequenzyClient Client { get; }

    /// <summary>What <see cref="SequenzyBulkImportOptions.ChunkImported"/> reported, in completion order.</summary>
    public ConcurrentQueue<SequenzyChunkImport> Imports { get; } = new();

    public IReadOnlyList<RecordedCall> ImportPosts =>
        Transport.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith(ImportsPath, StringComparison.Ordinal)).OrderBy(c => c.SentAt).ToArray();

    public BulkOptions Options(int chunkSize = BulkOptions.MaxChunkSize) => new() { ChunkSize = chunkSize, TimeProvider = Clock };

    public Task<BulkResult> RunAsync(
        IEnumerable<SequenzySubscriberRequest?> records, BulkOptions options, CancellationToken cancellationToken = default, SequenzyBulkImportOptions? importOptions = null)
    {
        importOptions ??= new SequenzyBulkImportOptions();
        importOptions.ChunkImported = Imports.Enqueue;
        return Clock.DriveAsync(Client.BulkImportAsync(records, options, importOptions: importOptions, cancellationToken: cancellationToken));
    }

    /// <summary>Emails in the simulator's store, one entry per stored subscriber.</summary>
    public IReadOnlyList<string> StoredEmails() =>
        Engine.ListSubscribers(Workspace.Id).Select(s => s.Email ?? string.Empty).ToArray();

    public void AssertStoreHoldsExactly(IEnumerable<string> emails)
    {
        var stored = StoredEmails();
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(emails.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Answers the first import request containing <paramref name="marker"/> once with <paramref name="response"/>
    /// (WireMock.Net's response JSON: StatusCode, Headers, BodyAsJson, Delay).
    /// </summary>
    public Task StubOnceAsync(string name, string marker, JsonObject response) =>
        SimulatorMappings.OnceForBodyAsync(Server, name, ImportsPath, marker, response);

    /// <summary>
    /// The engine answers the first import request containing <paramref name="marker"/> (its work is committed),
    /// then the connection resets: "the connection reset after the server wrote".
    /// </summary>
    public Task ResetAfterTheEngineOnceAsync(string name, string marker) =>
        SimulatorMappings.OnceForBodyAsync(Server, name, ImportsPath, marker, SimulatorMappings.ResetConnection(), afterTheEngine: true);

    /// <summary>Answers every status read of an import with "running", so the import never seems to finish.</summary>
    public async Task StubImportsForeverRunningAsync()
    {
        await SimulatorMappings.OnPathAsync(Server, "GET", ImportsPath + "/.+", new JsonObject
        {
            ["StatusCode"] = 200,
            ["Headers"] = new JsonObject { ["Content-Type"] = "application/json" },
            ["BodyAsJson"] = new JsonObject { ["success"] = true, ["import"] = new JsonObject { ["id"] = "imp_stuck", ["status"] = "running" } },
        });
    }

    public async Task RemoveStubsAsync()
    {
        using var admin = Server.CreateClient();
        using var answer = await admin.DeleteAsync("__admin/mappings");
        answer.EnsureSuccessStatusCode();
    }

    public IReadOnlyList<RecordedCall> StatusReads =>
        Transport.Calls.Where(c => c.Method == "GET" && c.Path.Contains(ImportsPath + "/", StringComparison.Ordinal)).OrderBy(c => c.SentAt).ToArray();

    public static SequenzySubscriberRequest Subscriber(int i) =>
        new() { Email = Email(i), ExternalId = $"ext-{i:D5}", FirstName = $"User{i}" };

    public static string Email(int i) => $"user{i:D5}@example.com";

    public static List<SequenzySubscriberRequest> Subscribers(int count) => Enumerable.Range(0, count).Select(Subscriber).ToList();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
