using System.Net;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Admin;

public sealed class ScenarioTests
{
    private const string Steps = """
        {"scenarioName":"s","requiredScenarioState":"Started","newScenarioState":"second","request":{"urlPath":"/s"},"response":{"status":201}}
        """;

    private const string Second = """
        {"scenarioName":"s","requiredScenarioState":"second","request":{"urlPath":"/s"},"response":{"status":202}}
        """;

    [Fact]
    public async Task StatesAdvanceAndCanBeListedSetAndReset()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(Steps));
        await client.PostAsync("__admin/mappings", Http.Json(Second));

        Assert.Equal(HttpStatusCode.Created, (await client.GetAsync("s")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.GetAsync("s")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.GetAsync("s")).StatusCode);

        var scenarios = await (await client.GetAsync("__admin/scenarios")).ReadJsonAsync();
        var scenario = scenarios["scenarios"]![0]!;
        Assert.Equal("s", scenario["name"]!.GetValue<string>());
        Assert.Equal("second", scenario["state"]!.GetValue<string>());
        Assert.Equal(["Started", "second"], scenario["possibleStates"]!.AsArray().Select(n => n!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("__admin/scenarios/reset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.GetAsync("s")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("__admin/scenarios/s/state", Http.Json("{\"state\":\"Started\"}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.GetAsync("s")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsync("__admin/scenarios/unknown/state", Http.Json("{\"state\":\"x\"}"))).StatusCode);
    }

    [Fact]
    public async Task ConcurrentRequestsTakeAMatchOnceStubExactlyOnce()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json("""
            {"scenarioName":"once","requiredScenarioState":"Started","newScenarioState":"used","request":{"urlPath":"/test/items/none"},"response":{"status":200}}
            """));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("test/items/none")));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.NotFound));
    }
}
