using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SubscriberSimulator.Engines;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Hosting;

/// <summary>A kit engine behind the ASP.NET Core host: the request and response cross the adapter intact.</summary>
public sealed class KitEngineHostingTests
{
    private static SimulatorServer Server(Action<SimulatorOptions>? configure = null) => TestSimulator.InMemory(options =>
    {
        options.ConfigureServices = services =>
        {
            services.AddSingleton(NotesSpec.Validator());
            services.AddSimulatorEngine<NotesEngine>();
        };
        configure?.Invoke(options);
    });

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
        await using var server = Server();
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
    public async Task A_chunked_body_over_the_limit_is_the_providers_413()
    {
        await using var server = Server(options => options.MaxRequestBodyBytes = 64);
        using var client = await ClientWithNotebookAsync(server);
        var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 500) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PutAsync("notes-api/notes/big", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.ReadJsonAsync())["error"]!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_route_miss_is_the_providers_404_and_journaled_as_unmatched()
    {
        await using var server = Server();
        using var client = await ClientWithNotebookAsync(server);

        using var missed = await client.GetAsync("notes-api/nothing");
        using var matched = await client.GetAsync("notes-api/notes");
        var unmatched = await (await client.GetAsync("__admin/requests/unmatched")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, missed.StatusCode);
        Assert.Equal("No GET route matches this path.", (await missed.ReadJsonAsync())["error"]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
        Assert.Equal("/notes-api/nothing", Assert.Single(unmatched["requests"]!.AsArray())!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stub_still_answers_before_a_kit_engine()
    {
        await using var server = Server();
        using var client = await ClientWithNotebookAsync(server);
        await client.PostAsync("__admin/mappings", Http.Json("""{"request":{"method":"GET","urlPath":"/notes-api/notes"},"response":{"status":299}}"""));

        using var response = await client.GetAsync("notes-api/notes");

        Assert.Equal(299, (int)response.StatusCode);
    }

    /// <summary>Forces chunked transfer (no Content-Length).</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
