using System.Net;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting.Mappings;

/// <summary>WireMock.Net's scenarios: states advance, can be read, set and reset, and a once-only stub falls back to the engine.</summary>
public sealed class ScenarioTests
{
    private const string First = """{"Scenario":"s","SetStateTo":"second","Request":{"Path":"/s"},"Response":{"StatusCode":201}}""";

    private const string Second = """{"Scenario":"s","WhenStateIs":"second","SetStateTo":"second","Request":{"Path":"/s"},"Response":{"StatusCode":202}}""";

    [Fact]
    public async Task StatesAdvanceAndCanBeListedSetAndReset()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(First));
        await client.PostAsync("__admin/mappings", Http.Json(Second));

        Assert.Equal(HttpStatusCode.Created, (await client.GetAsync("s")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.GetAsync("s")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.GetAsync("s")).StatusCode);

        var scenario = Assert.Single((await (await client.GetAsync("__admin/scenarios")).ReadJsonAsync()).AsArray())!;
        Assert.Equal("s", scenario["Name"]!.GetValue<string>());
        Assert.Equal("second", scenario["NextState"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("__admin/scenarios/reset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.GetAsync("s")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("__admin/scenarios/s/state", Http.Json("{\"State\":\"second\"}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.GetAsync("s")).StatusCode);
    }

    [Fact]
    public async Task AOnceOnlyStubAnswersOnceThenTheEngineAnswers()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PostAsync("__admin/mappings", Http.Json("""
            {"Scenario":"once","SetStateTo":"used","Request":{"Methods":["GET"],"Path":"/notes-api/notes/none"},"Response":{"StatusCode":200}}
            """));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("notes-api/notes/none")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses);
    }
}
