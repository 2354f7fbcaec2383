using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Benchmarks.Load;
using SubscriberSimulator;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace Benchmarks.Simulator;

/// <summary>
/// The simulator's cost per request without sockets (WireMock.Net on the in-memory transport), to tell its own hot spots from
/// Kestrel and the load generator: the bare pipeline (health), an Essential upsert of an existing and of a
/// new subscriber, and a Mobile Text Alerts bulk request of 1000 records, with the journal on and off.
/// </summary>
[MemoryDiagnoser]
public class SimulatorInMemoryBenchmarks
{
    private SimulatorServer _server = null!;
    private HttpClient _client = null!;
    private string _upsertPath = null!;
    private AuthenticationHeaderValue _essential = null!;
    private AuthenticationHeaderValue _mta = null!;
    private string _bulkBody = null!;
    private long _nextNew;

    [Params(0, 1000)]
    public int JournalCapacity { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new SimulatorOptions { JournalCapacity = JournalCapacity, MaxSubscribersPerTenant = int.MaxValue };
        options.RateLimits.Enabled = false;
        _server = SimulatorServer.CreateInMemory(options);
        var engine = _server.GetEngine<EssentialEngine>();
        var account = engine.CreateAccount();
        var channel = engine.AddChannel(account.AccountSid, new EssentialChannelDefinition { Name = "Bench" });
        _upsertPath = $"essential/v2/account/channels/{channel}/subscribers/upsert";
        _essential = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(account.AccountSid + ":" + account.AuthToken)));
        _mta = new AuthenticationHeaderValue("Bearer", _server.GetEngine<MobileTextAlertsEngine>().CreateAccount().ApiKey);
        _bulkBody = "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i => $"{{\"number\":\"{SyntheticPhones.TenDigits(50_000_000 + i)}\",\"firstName\":\"Bench\"}}")) + "]";
        _client = _server.CreateClient();
        UpsertExisting().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Health()
    {
        using var response = await _client.GetAsync(new Uri("__admin/health", UriKind.Relative)).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    [Benchmark]
    public Task<int> UpsertExisting() => SendAsync(_upsertPath, _essential, "{\"phone_number\":\"2129870123\",\"properties\":{\"plan\":\"gold\"}}");

    [Benchmark]
    public Task<int> UpsertNew() =>
        SendAsync(_upsertPath, _essential, "{\"phone_number\":\"" + SyntheticPhones.TenDigits(60_000_000 + Interlocked.Increment(ref _nextNew)) + "\"}");

    // The same 1000 numbers each time: after the first call these are 1000 updates.
    [Benchmark(OperationsPerInvoke = 1000)]
    public Task<int> MtaBulkPerRecord() => SendAsync("mta/v3/subscribers/bulk", _mta, _bulkBody);

    private async Task<int> SendAsync(string path, AuthenticationHeaderValue credential, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = credential;
        using var response = await _client.SendAsync(request).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? (int)response.StatusCode : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
    }
}
