using BenchmarkDotNet.Attributes;
using Benchmarks.Load;
using SubscriberSdk;
using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Internal.Phones;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSimulator;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace Benchmarks.Bulk;

/// <summary>
/// Bulk import throughput: 10,000 records per invocation, so the reported time is per record
/// (records per second = 1 / Mean). <see cref="ImportToSimulator"/> goes through the whole SDK
/// pipeline to the in-memory simulator with its rate limit and the client's pacing switched off;
/// <see cref="EngineOnly"/> runs the same engine against a sender that accepts everything at once,
/// which is the engine's overhead per record (normalise, de-duplicate, chunk, hash, bookkeeping);
/// <see cref="PhoneNormalization"/> is the part of that normalisation which reads phone numbers, on a
/// mix of E.164, US national and international input.
/// </summary>
[MemoryDiagnoser]
public class BulkImportBenchmarks
{
    private const int Records = 10_000;
    private SimulatorServer? _server;
    private MobileTextAlertsClient? _client;
    private List<MobileTextAlertsSubscriberRequest> _data = [];
    private string[] _phones = [];

    [GlobalSetup]
    public void Setup()
    {
        var options = new SimulatorOptions { JournalCapacity = 0, MaxSubscribersPerTenant = int.MaxValue };
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
        _phones = [.. Enumerable.Range(0, Records).Select(MixedPhone)];
        if (PhoneNormalization() != Records)
        {
            throw new InvalidOperationException("Every phone of the benchmark input must normalise; the figure would measure refusals.");
        }
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

    [Benchmark(OperationsPerInvoke = Records)]
    public int PhoneNormalization()
    {
        var normalised = 0;
        foreach (var phone in _phones)
        {
            if (ContactNormalizer.Phone(phone, ProviderPhones.MobileTextAlerts, "US", out _) is not null)
            {
                normalised++;
            }
        }

        return normalised;
    }

    /// <summary>What people put in an import: E.164, US national in two styles, and other countries written internationally.</summary>
    private static string MixedPhone(int index)
    {
        var tenDigits = SyntheticPhones.TenDigits(index);
        return (index % 4) switch
        {
            0 => "+1" + tenDigits,
            1 => $"({tenDigits[..3]}) {tenDigits[3..6]}-{tenDigits[6..]}",
            2 => "1" + tenDigits,
            _ => $"+44 7400 {index % 1_000_000:D6}",
        };
    }
}
