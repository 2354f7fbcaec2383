using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Benchmarks.Load;
using SubscriberSimulator;
using SubscriberSimulator.Engines.Attentive;

namespace Benchmarks.Simulator;

/// <summary>
/// The Attentive engine's cost per request without sockets (in-memory transport, journal off, rate
/// limits off): a subscribe of a new number (NEWLY_CREATED, two texts), a repeat subscribe
/// (PREVIOUSLY_CREATED, one text) and the eligibility lookup. Guards the engine's hot paths when its
/// structure changes (the move onto the engine kit was measured with it).
/// </summary>
[MemoryDiagnoser]
public class AttentiveInMemoryBenchmarks
{
    private const string SignUpSourceId = "700100";

    private SimulatorServer _server = null!;
    private HttpClient _client = null!;
    private AuthenticationHeaderValue _token = null!;
    private long _nextNew;

    [GlobalSetup]
    public void Setup()
    {
        var options = new SimulatorOptions { JournalCapacity = 0, MaxSubscribersPerTenant = int.MaxValue };
        options.RateLimits.Enabled = false;
        _server = SimulatorServer.CreateInMemory(options);
        var engine = _server.GetEngine<AttentiveEngine>();
        var company = engine.CreateCompany();
        engine.AddSignUpUnit(company, new AttentiveSignUpUnit(SignUpSourceId, AttentiveSubscriptionType.Marketing));
        _token = new AuthenticationHeaderValue("Bearer", engine.AddToken(company));
        _client = _server.CreateClient();
        SubscribeExisting().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> SubscribeExisting() =>
        SendAsync(HttpMethod.Post, "attentive/v1/subscriptions", $"{{\"user\":{{\"phone\":\"+12129870123\"}},\"signUpSourceId\":\"{SignUpSourceId}\"}}");

    [Benchmark]
    public Task<int> SubscribeNew() =>
        SendAsync(HttpMethod.Post, "attentive/v1/subscriptions", $"{{\"user\":{{\"phone\":\"{SyntheticPhones.E164(70_000_000 + Interlocked.Increment(ref _nextNew))}\"}},\"signUpSourceId\":\"{SignUpSourceId}\"}}");

    [Benchmark]
    public Task<int> Eligibility() => SendAsync(HttpMethod.Get, "attentive/v1/subscriptions?phone=%2B12129870123", null);

    private async Task<int> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = _token;
        using var response = await _client.SendAsync(request).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? (int)response.StatusCode : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
    }
}
