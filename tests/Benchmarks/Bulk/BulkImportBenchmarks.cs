using BenchmarkDotNet.Attributes;
using SubscriberSdk;
using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSimulator;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace Benchmarks.Bulk;

/// <summary>
/// Bulk import throughput: 10,000 records per invocation, so the reported time is per record
/// (records per second = 1 / Mean). <see cref="ImportToSimulator"/> goes through the whole SDK
/// pipeline to the in-memory simulator with its rate limit and the client's pacing switched off;
/// <see cref="EngineOnly"/> runs the same engine against a sender that accepts everything at once,
/// which is the engine's overhead per record (normalise, de-duplicate, chunk, hash, bookkeeping).
/// </summary>
[MemoryDiagnoser]
public class BulkImportBenchmarks
{
    private const int Records = 10_000;
    private SimulatorServer? _server;
    private MobileTextAlertsClient? _client;
    private List<MobileTextAlertsSubscriberRequest> _data = [];

    [GlobalSetup]
    public void Setup()
    {
        var options = new SimulatorOptions { JournalCapacity = 0 };
        options.RateLimits.DisableProvider(MobileTextAlertsEngine.EngineId);
        _server = SimulatorServer.CreateInMemory(options);
        var account = _server.GetEngine<MobileTextAlertsEngine>().CreateAccount();
        _client = new MobileTextAlertsClient(new MobileTextAlertsClientOptions
        {
            ApiKey = account.ApiKey,
            BaseAddress = new Uri(_server.BaseAddress, "mta"),
            Transport = _server.CreateHandler(),
            Pacing = PacingOptions.Disabled(),
        });
        _data = Enumerable.Range(0, Records)
            .Select(i => new MobileTextAlertsSubscriberRequest { PhoneNumber = $"+1212{2_000_000 + i:D7}", Email = $"user{i}@example.com", FirstName = $"User{i}" })
            .ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _server?.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public async Task<int> ImportToSimulator()
    {
        var result = await _client!.BulkCreateAsync(_data, new BulkOptions { MaxConcurrency = 4 }).ConfigureAwait(false);
        return result.CreatedOrUpdated;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public async Task<int> EngineOnly()
    {
        var runner = new BulkRunner<MobileTextAlertsSubscriberRequest>(new NullChunkSender(), new BulkOptions(), null);
        var result = await runner.RunAsync(_data, CancellationToken.None).ConfigureAwait(false);
        return result.Created;
    }
}
