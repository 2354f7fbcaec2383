using System.Net.Http.Headers;
using System.Text;

namespace Benchmarks.Load;

/// <summary>
/// Essential upserts for the load: every other request a new subscriber, the rest re-upserts of a
/// pre-seeded pool of existing ones (200 with merged properties).
/// </summary>
internal sealed class EssentialRequests
{
    public const int ExistingPoolSize = 10_000;

    private readonly SimulatorHost _host;
    private readonly MediaTypeHeaderValue _json = new("application/json");
    private long _nextNew;

    public EssentialRequests(SimulatorHost host, long firstNewIndex)
    {
        _host = host;
        _nextNew = firstNewIndex;
    }

    public HttpRequestMessage New() => Upsert(Interlocked.Increment(ref _nextNew));

    public HttpRequestMessage Existing(long sequence) => Upsert(sequence * 7919 % ExistingPoolSize);

    public HttpRequestMessage Mixed(long sequence) => sequence % 2 == 0 ? New() : Existing(sequence);

    public HttpRequestMessage Upsert(long phoneIndex)
    {
        var body = "{\"phone_number\":\"" + SyntheticPhones.TenDigits(phoneIndex) + "\",\"properties\":{\"source\":\"load\"}}";
        var request = new HttpRequestMessage(HttpMethod.Post, _host.EssentialUpsertPath)
        {
            Content = new StringContent(body, Encoding.UTF8, _json.MediaType!),
        };
        request.Headers.TryAddWithoutValidation("Authorization", _host.EssentialAuthorization);
        return request;
    }

    /// <summary>Creates the pool of existing subscribers (indices 0..pool-1) through the API.</summary>
    public async Task SeedPoolAsync(LoadRunner runner)
    {
        var errors = await runner.SendCountAsync(ExistingPoolSize, Upsert).ConfigureAwait(false);
        if (errors > 0)
        {
            throw new InvalidOperationException($"{errors} of {ExistingPoolSize} seeding upserts failed; the load figures would be meaningless.");
        }
    }
}
