using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using SubscriberSdk.Essential;
using SubscriberSdk.Essential.Generated.Models;

namespace Benchmarks.Overhead;

/// <summary>
/// One Essential upsert of an existing subscriber through the facade, against the same request written by hand
/// with HttpClient and System.Text.Json behind the resilience library's standard handler (the baseline), all
/// answered in memory with the bytes the simulator answered to that upsert (<see cref="CannedAnswerHandler"/>),
/// so the rows differ only by the client side. Target (issue 12 item 8): the facade at most 1.1 times the
/// baseline's time and 1.3 times its allocations (the Ratio and Alloc Ratio columns).
/// </summary>
[MemoryDiagnoser]
public class SdkOverheadBenchmarks
{
    private const string PhoneNumber = "2129870123";
    private static readonly Dictionary<string, string> Properties = new() { ["source"] = "benchmark", ["plan"] = "gold" };

    private EssentialBenchmarkAccount _account = null!;
    private EssentialClient _facade = null!;
    private HttpClient _handWritten = null!;
    private HttpClient _bare = null!;
    private string _upsertPath = null!;
    private string _channelSid = null!;
    private EssentialUpsertRequest _facadeRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _account = new EssentialBenchmarkAccount();
        _channelSid = _account.ChannelSid;
        _upsertPath = _account.UpsertPath;

        // The subscriber exists before the answer is recorded, so the answer is the 200 of an update.
        using (var simulator = _account.HandWrittenClient())
        {
            Upsert(simulator).GetAwaiter().GetResult();
        }

        CannedAnswerHandler Answer()
        {
            using var simulator = _account.HandWrittenClient();
            return CannedAnswerHandler.RecordAsync(simulator, UpsertRequest()).GetAwaiter().GetResult();
        }

        _facade = new EssentialClient(new EssentialClientOptions
        {
            AccountSid = _account.AccountSid,
            AuthToken = _account.AuthToken,
            BaseAddress = new Uri(_account.Server.BaseAddress, "essential"),
            Transport = Answer(),
        });
        _facadeRequest = new EssentialUpsertRequest { PhoneNumber = PhoneNumber, Properties = Properties };
        _handWritten = _account.HandWrittenClient(StandardResilienceHandler.Create(Answer()));
        _bare = _account.HandWrittenClient(Answer());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _facade.Dispose();
        _handWritten.Dispose();
        _bare.Dispose();
        _account.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HttpClient + System.Text.Json, standard resilience handler")]
    public Task<HandWrittenSubscriber?> HandWrittenUpsert() => Upsert(_handWritten);

    [Benchmark(Description = "HttpClient + System.Text.Json, no handler")]
    public Task<HandWrittenSubscriber?> BareUpsert() => Upsert(_bare);

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

    private HttpRequestMessage UpsertRequest() =>
        new(HttpMethod.Post, _upsertPath) { Content = JsonContent.Create(new HandWrittenUpsertBody(PhoneNumber, Properties)) };

    private async Task<HandWrittenSubscriber?> Upsert(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(_upsertPath, new HandWrittenUpsertBody(PhoneNumber, Properties)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<HandWrittenSubscriber>().ConfigureAwait(false);
    }
}
