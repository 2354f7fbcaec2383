using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Core.Tenants;

/// <summary>
/// The kit's subscriber cap, on the test engine (whose "subscribers" are notes): one more than
/// <see cref="SimulatorOptions.MaxSubscribersPerTenant"/> is the dialect's status in its error shape.
/// </summary>
public sealed class SubscriberCapTests
{
    [Fact]
    public async Task OneSubscriberBeyondTheCapIsTheDialectsStatusAndNothingIsStored()
    {
        await using var server = TestSimulator.InMemory(o => o.MaxSubscribersPerTenant = 2);
        using var client = TestSimulator.ClientFor(server);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(client, "a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(client, "b")).StatusCode);

        using var third = await PutAsync(client, "c");
        using var rewrite = await PutAsync(client, "a");

        Assert.Equal(HttpStatusCode.Forbidden, third.StatusCode);
        var error = (await third.ReadJsonAsync())["error"]!;
        Assert.Equal(403, error["status"]!.GetValue<int>());
        Assert.Equal(
            "This Notes notebook already holds the most notes the simulator keeps per notebook (2); raise it with --max-subscribers or SimulatorOptions.MaxSubscribersPerTenant.",
            error["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, rewrite.StatusCode);
        Assert.Equal(["a", "b"], TestSimulator.Notes(server).Keys.Order());
    }

    [Fact]
    public void ACapBelowOneIsRefusedAtStartNamingTheOption()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TestSimulator.InMemory(o => o.MaxSubscribersPerTenant = 0));

        Assert.Contains("MaxSubscribersPerTenant must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultFitsATestSimulator() => Assert.Equal(100_000, new SimulatorOptions().MaxSubscribersPerTenant);

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string key) =>
        client.PutAsync("notes-api/notes/" + key, Http.Json("""{"text":"t"}"""));
}
