using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using SubscriberSdk.Essential;
using SubscriberSdk.Http.Internal;

namespace Benchmarks.Overhead;

/// <summary>
/// What the SDK's request pipeline alone costs: the same hand-written Essential upsert (HttpClient +
/// System.Text.Json, no Kiota request building) sent over a bare HttpClient and over the HttpClient the
/// SDK builds (its pipeline handlers, the resilience strategies and Kiota's handlers), both over the
/// in-memory simulator. The difference between the two rows is the pipeline's time and allocations.
/// </summary>
[MemoryDiagnoser]
public class PipelineOverheadBenchmarks
{
    private const string PhoneNumber = "2129870124";
    private static readonly Dictionary<string, string> Properties = new() { ["source"] = "benchmark", ["plan"] = "gold" };

    private EssentialBenchmarkAccount _account = null!;
    private HttpClient _bare = null!;
    private HttpClient _throughPipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _account = new EssentialBenchmarkAccount();
        _bare = _account.HandWrittenClient();
        var settings = new PipelineSettings(new EssentialClientOptions { AccountSid = _account.AccountSid, AuthToken = _account.AuthToken });
        _throughPipeline = _account.HandWrittenClient(SubscriberHttpClientFactory.CreateHandlerChain(settings, _account.Server.CreateHandler()));

        // The subscriber exists before measuring, so every iteration is the same 200 update.
        BareUpsert().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bare.Dispose();
        _throughPipeline.Dispose();
        _account.Dispose();
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient")]
    public Task<HandWrittenSubscriber?> BareUpsert() => UpsertAsync(_bare);

    [Benchmark(Description = "HttpClient through the SDK pipeline")]
    public Task<HandWrittenSubscriber?> PipelineUpsert() => UpsertAsync(_throughPipeline);

    private async Task<HandWrittenSubscriber?> UpsertAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(_account.UpsertPath, new HandWrittenUpsertBody(PhoneNumber, Properties)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<HandWrittenSubscriber>().ConfigureAwait(false);
    }
}
