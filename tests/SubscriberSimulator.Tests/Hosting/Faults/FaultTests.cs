using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;
using WireMock.RequestBuilders;

namespace SubscriberSimulator.Tests.Hosting.Faults;

/// <summary>
/// Connection faults (the X-Simulator-Fault response header of any mapping) break a real socket and
/// surface as exceptions in memory; after the engine they leave its work committed.
/// </summary>
public sealed class FaultTests
{
    public static TheoryData<string> Faults => new() { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE" };

    private static string FaultStub(string fault, string path) =>
        "{\"Request\":{\"Path\":\"" + path + "\"},\"Response\":{\"Headers\":{\"" + SimulatorFaults.HeaderName + "\":\"" + fault + "\"}}}";

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AFaultBreaksARealConnection(string fault)
    {
        await using var server = await TestSimulator.OnSocketAsync();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(FaultStub(fault, "/broken")));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("broken"));

        // The server itself is fine afterwards, and the journal knows what was asked.
        var journal = (await (await client.GetAsync("__admin/requests")).ReadJsonAsync()).AsArray();
        Assert.Equal(fault, journal[^1]!["Response"]!["Headers"]![SimulatorFaults.HeaderName]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AFaultSurfacesAsAnExceptionInMemory(string fault)
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(FaultStub(fault, "/broken")));

        var error = await Record.ExceptionAsync(() => client.GetAsync("broken"));

        Assert.IsType<HttpRequestException>(error);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("__admin/health")).StatusCode);
    }

    [Fact]
    public async Task WireMockNetsOwnFaultsStillAnswerInHttp()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json("""{"Request":{"Path":"/empty"},"Response":{"StatusCode":200,"Fault":{"Type":"EMPTY_RESPONSE"}}}"""));

        var response = await client.GetAsync("empty");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheEngineCommitsThenTheConnectionResetsFromCSharp()
    {
        await using var server = await TestSimulator.OnSocketAsync();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
        server.WireMock.Given(Request.Create().WithPath("/notes-api/notes/n/send").UsingPost())
            .RespondWith(server.EngineAnswer(SimulatorFault.ConnectionResetByPeer));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"a@example.com"}""")));

        Assert.Equal("hi (sent)", TestSimulator.Notes(server)["n"]);
        Assert.Single(server.Outbox.List());
    }

    [Fact]
    public async Task TheEngineCommitsThenTheConnectionResetsFromJson()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
        var added = await client.PostAsync("__sim/mappings", Http.Json(
            "{\"Request\":{\"Methods\":[\"POST\"],\"Path\":\"/notes-api/notes/n/send\"},\"Response\":{\"Headers\":{\"" + SimulatorFaults.HeaderName + "\":\"CONNECTION_RESET_BY_PEER\"}}}"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"a@example.com"}""")));

        Assert.Equal("hi (sent)", TestSimulator.Notes(server)["n"]);
        Assert.Single(server.Outbox.List());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("__sim/mappings", Http.Json(
            "{\"Request\":{\"Path\":\"/x\"},\"Response\":{\"Headers\":{\"" + SimulatorFaults.HeaderName + "\":\"EXPLODE\"}}}"))).StatusCode);
    }

    [Fact]
    public async Task AnEngineAnswerWithoutAFaultJustAnswers()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PostAsync("__sim/mappings", Http.Json("""{"Request":{"Methods":["PUT"],"Path":"/notes-api/notes/n"},"Response":{"Delay":1}}"""));

        var response = await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hi", TestSimulator.Notes(server)["n"]);
    }

    [Fact]
    public async Task AScenarioMakesTheFaultHappenOnlyOnce()
    {
        await using var server = await TestSimulator.OnSocketAsync();
        using var client = TestSimulator.ClientFor(server);
        await client.PostAsync("__sim/mappings", Http.Json(
            "{\"Scenario\":\"flaky\",\"SetStateTo\":\"done\",\"Request\":{\"Methods\":[\"PUT\"],\"Path\":\"/notes-api/notes/n\"}," +
            "\"Response\":{\"Headers\":{\"" + SimulatorFaults.HeaderName + "\":\"CONNECTION_RESET_BY_PEER\"}}}"));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"first"}""")));
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"second"}"""))).StatusCode);

        Assert.Equal("second", TestSimulator.Notes(server)["n"]);
    }
}
