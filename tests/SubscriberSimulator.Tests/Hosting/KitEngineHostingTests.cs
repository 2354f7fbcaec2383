using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting;

/// <summary>A kit engine behind WireMock.Net: the request and response cross the adapter intact.</summary>
public sealed class KitEngineHostingTests
{
    private static async Task<HttpClient> ClientWithNotebookAsync(SimulatorServer server)
    {
        var client = server.CreateClient();
        using var created = await client.PostAsync("__sim/notes/tenants", Http.Json("""{"id":"a","token":"a-token"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "a-token");
        return client;
    }

    [Fact]
    public async Task Provider_requests_and_controls_reach_the_engine_with_path_query_headers_and_body()
    {
        await using var server = TestSimulator.InMemory();
        using var client = await ClientWithNotebookAsync(server);

        using var put = await client.PutAsync("notes-api/notes/greeting", Http.Json("""{"text":"hello"}"""));
        using var get = await client.GetAsync("notes-api/notes/greeting");
        using var badQuery = await client.GetAsync("notes-api/notes?limit=0");
        var described = await (await client.GetAsync("__sim/notes/tenants/a")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("hello", (await get.ReadJsonAsync())["text"]!.GetValue<string>());
        Assert.Equal("application/json; charset=utf-8", get.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, badQuery.StatusCode);
        Assert.Equal("hello", described["notes"]!["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plus_in_a_path_segment_reaches_the_engine_as_a_plus()
    {
        await using var server = TestSimulator.InMemory();
        using var client = await ClientWithNotebookAsync(server);

        await client.PutAsync("notes-api/notes/+15550001", Http.Json("""{"text":"e164"}"""));

        Assert.Equal("e164", TestSimulator.Notes(server)["+15550001"]);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_the_providers_413()
    {
        await using var server = TestSimulator.InMemory(options => options.MaxRequestBodyBytes = 64);
        using var client = await ClientWithNotebookAsync(server);
        var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 500) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PutAsync("notes-api/notes/big", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.ReadJsonAsync())["error"]!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_route_miss_is_the_providers_404_answered_through_the_engines_catch_all_mapping()
    {
        await using var server = TestSimulator.InMemory();
        using var client = await ClientWithNotebookAsync(server);

        using var missed = await client.GetAsync("notes-api/nothing");
        using var matched = await client.GetAsync("notes-api/notes");

        Assert.Equal(HttpStatusCode.NotFound, missed.StatusCode);
        Assert.Equal("No GET route matches this path.", (await missed.ReadJsonAsync())["error"]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
        var journal = server.WireMock.LogEntries;
        Assert.StartsWith("notes: anything else under /notes-api", journal[0].MappingTitle, StringComparison.Ordinal);
        Assert.Equal("notes: GET /notes-api/notes (answered by the engine)", journal[1].MappingTitle);
    }

    [Fact]
    public async Task A_stub_still_answers_before_a_kit_engine()
    {
        await using var server = TestSimulator.InMemory();
        using var client = await ClientWithNotebookAsync(server);
        await client.PostAsync("__admin/mappings", Http.Json("""{"Request":{"Methods":["GET"],"Path":"/notes-api/notes"},"Response":{"StatusCode":299}}"""));

        using var response = await client.GetAsync("notes-api/notes");

        Assert.Equal(299, (int)response.StatusCode);
    }

    /// <summary>Forces chunked transfer (no Content-Length).</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
