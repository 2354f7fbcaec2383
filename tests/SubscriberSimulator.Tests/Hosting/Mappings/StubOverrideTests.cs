using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SubscriberSimulator.Tests.Hosting.Mappings;

/// <summary>A user's mapping overrides a provider route from whichever dialect it comes; when it does not match, the engine answers.</summary>
public sealed class StubOverrideTests : IAsyncLifetime
{
    private SimulatorServer _server = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _server = TestSimulator.InMemory();
        _client = TestSimulator.ClientFor(_server);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AStubFromTheCSharpFluentApiOverridesTheProviderRoute()
    {
        _server.WireMock.Given(Request.Create().WithPath("/notes-api/notes").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(299).WithBodyAsJson(new { stubbed = true }));

        var answer = await _client.GetAsync("notes-api/notes");

        Assert.Equal(299, (int)answer.StatusCode);
        Assert.True((await answer.ReadJsonAsync())["stubbed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AStubFromWireMockNetJsonOverridesTheProviderRoute()
    {
        await PostAsync("__admin/mappings", """{"Request":{"Methods":["GET"],"Path":"/notes-api/notes"},"Response":{"StatusCode":298}}""");
        Assert.Equal(298, (int)(await _client.GetAsync("notes-api/notes")).StatusCode);
    }

    [Fact]
    public async Task AStubFromJavaFormatJsonOverridesTheProviderRoute()
    {
        await PostAsync("__admin/mappings/wiremock.org", """{"request":{"method":"GET","urlPath":"/notes-api/notes"},"response":{"status":297}}""");
        Assert.Equal(297, (int)(await _client.GetAsync("notes-api/notes")).StatusCode);
    }

    [Fact]
    public async Task AStubWhoseBodyMatcherFailsLetsTheEngineAnswer()
    {
        await PostAsync("__admin/mappings", """
            {"Request":{"Methods":["PUT"],"Path":"/notes-api/notes/n","Body":{"Matcher":{"Name":"JsonPartialMatcher","Pattern":{"text":"special"}}}},
             "Response":{"StatusCode":299}}
            """);

        Assert.Equal(299, (int)(await _client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"special"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"plain"}"""))).StatusCode);
        Assert.Equal("plain", TestSimulator.Notes(_server)["n"]);
    }

    [Fact]
    public async Task BodyMatchersSeeBodiesLargerThanTheJournalKeeps()
    {
        await using var server = TestSimulator.InMemory(o => o.JournalBodyLimitBytes = 64);
        server.WireMock.Given(Request.Create().WithPath("/notes-api/notes/big/send").UsingPost().WithBody(new JsonPathMatcher("$.records[999].email")))
            .RespondWith(Response.Create().WithStatusCode(297));
        using var client = server.CreateClient();
        var records = string.Join(",", Enumerable.Range(0, 1000).Select(i => "{\"email\":\"user" + i + "@example.com\"}"));

        Assert.Equal(297, (int)(await client.PostAsync("notes-api/notes/big/send", Http.Json("{\"records\":[" + records + "]}"))).StatusCode);
    }

    [Fact]
    public async Task LowerPriorityNumberWinsAndTheNewestWinsAmongEquals()
    {
        await PostAsync("__admin/mappings", """{"Priority":2,"Request":{"Path":"/pr"},"Response":{"StatusCode":292}}""");
        await PostAsync("__admin/mappings", """{"Priority":1,"Request":{"Path":"/pr"},"Response":{"StatusCode":291}}""");
        await PostAsync("__admin/mappings", """{"Request":{"Path":"/eq"},"Response":{"StatusCode":293}}""");
        await PostAsync("__admin/mappings", """{"Request":{"Path":"/eq"},"Response":{"StatusCode":294}}""");

        Assert.Equal(291, (int)(await _client.GetAsync("pr")).StatusCode);
        Assert.Equal(294, (int)(await _client.GetAsync("eq")).StatusCode);
    }

    [Fact]
    public async Task ResponseStatusHeadersAndTextBody()
    {
        await PostAsync("__admin/mappings", """{"Request":{"Path":"/r"},"Response":{"StatusCode":202,"Headers":{"X-One":"1","X-Many":["a","b"],"Content-Type":"text/plain"},"Body":"hello"}}""");

        var response = await _client.GetAsync("r");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-One").Single());
        Assert.Equal(["a", "b"], response.Headers.GetValues("X-Many"));
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("hello", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ADelayedAnswerIsCancellableByTheClient()
    {
        await PostAsync("__admin/mappings", """{"Request":{"Path":"/slow"},"Response":{"StatusCode":200,"Delay":600000}}""");
        using var cancel = new CancellationTokenSource();

        var pending = _client.GetAsync("slow", cancel.Token);
        Assert.False(pending.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task AShortDelayStillAnswers()
    {
        await PostAsync("__admin/mappings", """{"Request":{"Path":"/brief"},"Response":{"StatusCode":203,"Delay":20}}""");
        Assert.Equal(HttpStatusCode.NonAuthoritativeInformation, (await _client.GetAsync("brief")).StatusCode);
    }

    private async Task PostAsync(string path, string json)
    {
        using var response = await _client.PostAsync(path, Http.Json(json));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
