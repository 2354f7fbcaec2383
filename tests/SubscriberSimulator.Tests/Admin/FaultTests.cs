using System.Net.Http;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Admin;

/// <summary>Faults really break a socket over Kestrel, and surface as exceptions in memory.</summary>
public sealed class FaultTests
{
    public static TheoryData<string> Faults => new() { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE" };

    private static string FaultStub(string fault, string path, bool proxy = false) =>
        "{\"request\":{\"urlPath\":\"" + path + "\"},\"response\":{\"fault\":\"" + fault + "\"" + (proxy ? ",\"proxyToEngine\":true" : string.Empty) + "}}";

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task FaultBreaksARealConnection(string fault)
    {
        await using var server = await SimulatorServer.StartAsync(TestSimulator.Options());
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(FaultStub(fault, "/broken")));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("broken"));

        // The server itself is fine afterwards, and the journal knows what happened.
        var journal = await (await client.GetAsync("__admin/requests")).ReadJsonAsync();
        Assert.Equal(fault, journal["requests"]![0]!["responseDefinition"]!["fault"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task FaultSurfacesAsAnExceptionInMemory(string fault)
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(FaultStub(fault, "/broken")));

        var error = await Record.ExceptionAsync(() => client.GetAsync("broken"));
        Assert.NotNull(error);
        Assert.True(error is HttpRequestException or IOException or OperationCanceledException, error.GetType().FullName);
    }

    [Fact]
    public async Task ProxyToEngineCommitsTheWriteThenResetsTheConnection()
    {
        await using var server = await SimulatorServer.StartAsync(TestSimulator.Options());
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(FaultStub("CONNECTION_RESET_BY_PEER", "/test/items", proxy: true)));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("test/items", Http.Json("{\"email\":\"a@example.com\"}")));

        Assert.Single(server.GetEngine<TestEngine>().Items);
        Assert.Single(server.Outbox.List());
    }

    [Fact]
    public async Task ProxyToEngineWithoutAFaultJustDelaysTheEnginesAnswer()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json("""{"request":{"urlPath":"/test/items"},"response":{"proxyToEngine":true,"fixedDelayMilliseconds":1}}"""));
        var response = await client.PostAsync("test/items", Http.Json("{}"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ScenarioMakesAFaultHappenOnlyOnce()
    {
        await using var server = await SimulatorServer.StartAsync(TestSimulator.Options());
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json("""
            {"scenarioName":"flaky","requiredScenarioState":"Started","newScenarioState":"done",
             "request":{"method":"POST","urlPath":"/test/items"},
             "response":{"fault":"CONNECTION_RESET_BY_PEER","proxyToEngine":true}}
            """));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("test/items", Http.Json("{}")));
        Assert.Equal(System.Net.HttpStatusCode.Created, (await client.PostAsync("test/items", Http.Json("{}"))).StatusCode);
        Assert.Equal(2, server.GetEngine<TestEngine>().Items.Count);
    }
}
