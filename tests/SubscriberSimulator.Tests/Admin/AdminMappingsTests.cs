using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Admin;

/// <summary>Stub mapping CRUD in WireMock's Java dialect: shapes and status codes.</summary>
public sealed class AdminMappingsTests
{
    private const string Stub = """{"request":{"method":"GET","urlPath":"/test/items/1"},"response":{"status":200,"jsonBody":{"stubbed":true}}}""";

    [Fact]
    public async Task CreateReturns201WithIdAndUuidAndTheStubAnswersBeforeTheEngine()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();

        var created = await client.PostAsync("__admin/mappings", Http.Json(Stub));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var mapping = await created.ReadJsonAsync();
        var id = mapping["id"]!.GetValue<string>();
        Assert.Equal(id, mapping["uuid"]!.GetValue<string>());
        Assert.Equal("/test/items/1", mapping["request"]!["urlPath"]!.GetValue<string>());

        var answered = await client.GetAsync("test/items/1");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("application/json", answered.Content.Headers.ContentType!.MediaType);
        Assert.True((await answered.ReadJsonAsync())["stubbed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListGetUpdateDelete()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var id = (await (await client.PostAsync("__admin/mappings", Http.Json(Stub))).ReadJsonAsync())["id"]!.GetValue<string>();
        await client.PostAsync("__admin/mappings", Http.Json(Stub));

        var list = await (await client.GetAsync("__admin/mappings")).ReadJsonAsync();
        Assert.Equal(2, list["meta"]!["total"]!.GetValue<int>());
        Assert.Equal(2, list["mappings"]!.AsArray().Count);
        var page = await (await client.GetAsync("__admin/mappings?limit=1&offset=1")).ReadJsonAsync();
        Assert.Single(page["mappings"]!.AsArray());
        Assert.Equal(id, page["mappings"]![0]!["id"]!.GetValue<string>());

        var fetched = await client.GetAsync("__admin/mappings/" + id);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(id, (await fetched.ReadJsonAsync())["id"]!.GetValue<string>());

        var updated = await client.PutAsync("__admin/mappings/" + id, Http.Json("""{"request":{"method":"GET","urlPath":"/test/items/1"},"response":{"status":204}}"""));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(id, (await updated.ReadJsonAsync())["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("__admin/mappings/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("__admin/mappings/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("__admin/mappings/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsync("__admin/mappings/" + Guid.NewGuid(), Http.Json(Stub))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("__admin/mappings")).StatusCode);
        Assert.Equal(0, (await (await client.GetAsync("__admin/mappings")).ReadJsonAsync())["meta"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task MappingsResetRemovesAllStubs()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("__admin/mappings", Http.Json(Stub));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("__admin/mappings/reset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("test/items/1")).StatusCode);
    }

    [Fact]
    public async Task ClientSuppliedIdIsKept()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var id = Guid.NewGuid().ToString();
        var created = await client.PostAsync("__admin/mappings", Http.Json("{\"id\":\"" + id + "\"," + Stub[1..]));
        Assert.Equal(id, (await created.ReadJsonAsync())["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"response":{"status":200}}""", "/request")]
    [InlineData("""{"request":{"urlPathPattern":"(unclosed"}}""", "/request/urlPathPattern")]
    [InlineData("""{"request":{"url":"/a","urlPath":"/a"}}""", "/request/urlPath")]
    [InlineData("""{"request":{"urlPath":"/a"},"response":{"fault":"EXPLODE"}}""", "/response/fault")]
    [InlineData("""{"request":{"urlPath":"/a"},"response":{"status":"ok"}}""", "/response/status")]
    [InlineData("""{"request":{"urlPath":"/a","bodyPatterns":[{"matchesJsonPath":"$..name"}]}}""", "/request/bodyPatterns/0/matchesJsonPath")]
    [InlineData("""{"request":{"urlPath":"/a","headers":{"X":{"startsWith":"a"}}}}""", "/request/headers/X")]
    [InlineData("""{"request":{"urlPathTemplate":"/a/{id}"}}""", "/request/urlPathTemplate")]
    [InlineData("""{"request":{"urlPath":"/a"},"response":{"delayDistribution":{"type":"uniform","lower":1,"upper":2}}}""", "/response/delayDistribution")]
    public async Task InvalidMappingIs422WithWireMockErrorShape(string json, string pointer)
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var response = await client.PostAsync("__admin/mappings", Http.Json(json));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync())["errors"]![0]!;
        Assert.Equal(pointer, error["source"]!["pointer"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NonJsonMappingIs422()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostAsync("__admin/mappings", Http.Json("{oops"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostAsync("__admin/mappings", Http.Json("[1]"))).StatusCode);
    }

    [Fact]
    public async Task HealthAndResetAnswer()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var health = await (await client.GetAsync("__admin/health")).ReadJsonAsync();
        Assert.Equal("healthy", health["status"]!.GetValue<string>());
        Assert.NotNull(health["version"]);
        Assert.NotNull(health["uptimeInSeconds"]);

        await client.PostAsync("test/items", Http.Json("{}"));
        await client.PostAsync("__admin/mappings", Http.Json(Stub));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("__admin/reset", null)).StatusCode);
        Assert.Empty(server.GetEngine<TestEngine>().Items);
        Assert.Empty(server.Outbox.List());
        Assert.Equal(0, (await (await client.GetAsync("__admin/mappings")).ReadJsonAsync())["meta"]!["total"]!.GetValue<int>());
        Assert.Equal(0, (await (await client.GetAsync("__admin/requests")).ReadJsonAsync())["meta"]!["total"]!.GetValue<int>());
    }
}
