using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using SubscriberSdk.Essential;
using SubscriberSdk.Essential.Generated.Models;
using SubscriberSimulator;
using SubscriberSimulator.Engines.Essential;

namespace Benchmarks.Overhead;

/// <summary>
/// One Essential upsert of an existing subscriber through the facade, against the same request written by
/// hand with HttpClient and System.Text.Json, both over the in-memory simulator (no socket). Target: the
/// facade at most 1.3 times the baseline's time and allocations (the Ratio and Alloc Ratio columns).
/// The simulator's own work is in both figures, so the ratio understates the SDK's share of client-side time.
/// </summary>
[MemoryDiagnoser]
public class SdkOverheadBenchmarks
{
    private const string PhoneNumber = "2129870123";
    private static readonly Dictionary<string, string> Properties = new() { ["source"] = "benchmark", ["plan"] = "gold" };

    private EssentialBenchmarkAccount _account = null!;
    private EssentialClient _facade = null!;
    private HttpClient _handWritten = null!;
    private string _upsertPath = null!;
    private string _channelSid = null!;
    private EssentialUpsertRequest _facadeRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _account = new EssentialBenchmarkAccount();
        _channelSid = _account.ChannelSid;
        _upsertPath = _account.UpsertPath;

        _facade = new EssentialClient(new EssentialClientOptions
        {
            AccountSid = _account.AccountSid,
            AuthToken = _account.AuthToken,
            BaseAddress = new Uri(_account.Server.BaseAddress, "essential"),
            Transport = _account.Server.CreateHandler(),
        });
        _facadeRequest = new EssentialUpsertRequest { PhoneNumber = PhoneNumber, Properties = Properties };

        _handWritten = _account.HandWrittenClient();

        // The subscriber exists before measuring, so every iteration is the same 200 update.
        HandWrittenUpsert().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _facade.Dispose();
        _handWritten.Dispose();
        _account.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HttpClient + System.Text.Json")]
    public async Task<HandWrittenSubscriber?> HandWrittenUpsert()
    {
        using var response = await _handWritten.PostAsJsonAsync(_upsertPath, new HandWrittenUpsertBody(PhoneNumber, Properties)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<HandWrittenSubscriber>().ConfigureAwait(false);
    }

    [Benchmark(Description = "EssentialClient facade")]
    public async Task<object?> FacadeUpsert()
    {
        var response = await _facade.Subscribers.UpsertAsync(_channelSid, _facadeRequest).ConfigureAwait(false);
        return response.Value;
    }

    // Splits the overhead: the generated Kiota client through the same SDK pipeline, without the facade's
    // mapping and result wrapping.
    [Benchmark(Description = "Generated Kiota client (same pipeline)")]
    public async Task<object?> GeneratedUpsert()
    {
        var body = new UpsertSubscriberRequest
        {
            PhoneNumber = PhoneNumber,
            Properties = new UpsertSubscriberRequest_properties { AdditionalData = Properties.ToDictionary(pair => pair.Key, pair => (object)pair.Value) },
        };
        return await _facade.GeneratedApi.V2.Account.Channels[_channelSid].Subscribers.Upsert.PostAsync(body).ConfigureAwait(false);
    }
}
