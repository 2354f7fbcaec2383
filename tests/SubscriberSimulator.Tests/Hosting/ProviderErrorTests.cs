using System.Net;
using System.Net.Http;
using System.Text;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting;

/// <summary>Bad input is answered centrally, in the provider's own error shape, never as a bare 500.</summary>
public sealed class ProviderErrorTests
{
    private static async Task AssertProviderError(HttpResponseMessage response, HttpStatusCode status, string messagePart)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal((int)status, body["error"]!["status"]!.GetValue<int>());
        Assert.Contains(messagePart, body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRouteUnderAPrefixIsTheProvidersNotFound()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await AssertProviderError(await client.GetAsync("test/nothing/here"), HttpStatusCode.NotFound, "No GET route");
    }

    [Fact]
    public async Task WrongMethodIsTheProvidersMethodNotAllowed()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await AssertProviderError(await client.DeleteAsync("test/items"), HttpStatusCode.MethodNotAllowed, "DELETE");
    }

    [Fact]
    public async Task MalformedJsonIsTheProvidersBadRequestWithThePosition()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await AssertProviderError(await client.PostAsync("test/items", Http.Json("{\"email\": ")), HttpStatusCode.BadRequest, "not valid JSON at line 1");
        Assert.Empty(server.GetEngine<TestEngine>().Items);
        Assert.Empty(server.Outbox.List());
    }

    [Fact]
    public async Task EmptyBodyIsABadRequest()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await AssertProviderError(await client.PostAsync("test/items", Http.Json(string.Empty)), HttpStatusCode.BadRequest, "body is required");
    }

    [Fact]
    public async Task WrongContentTypeIsUnsupportedMediaType()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var response = await client.PostAsync("test/items", new StringContent("email=a", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await AssertProviderError(response, HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    [Fact]
    public async Task JsonSuffixContentTypeIsAccepted()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var response = await client.PostAsync("test/items", new StringContent("{}", Encoding.UTF8, "application/vnd.api+json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimitIs413WithDeclaredLength()
    {
        await using var server = TestSimulator.InMemory(o => o.MaxRequestBodyBytes = 1024);
        using var client = server.CreateClient();
        var big = "{\"email\":\"" + new string('a', 2000) + "\"}";
        await AssertProviderError(await client.PostAsync("test/items", Http.Json(big)), HttpStatusCode.RequestEntityTooLarge, "larger than");
        Assert.Empty(server.GetEngine<TestEngine>().Items);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIs413()
    {
        await using var server = TestSimulator.InMemory(o => o.MaxRequestBodyBytes = 1024);
        using var client = server.CreateClient();
        var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes("{\"email\":\"" + new string('a', 5000) + "\"}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        await AssertProviderError(await client.PostAsync("test/items", content), HttpStatusCode.RequestEntityTooLarge, "larger than");
    }

    [Fact]
    public async Task TenMegabytesIsTheDefaultLimitOverARealSocket()
    {
        await using var server = await SimulatorServer.StartAsync(TestSimulator.Options());
        using var client = server.CreateClient();
        var big = new string(' ', (10 * 1024 * 1024) + 1);
        await AssertProviderError(await client.PostAsync("test/items", Http.Json(big)), HttpStatusCode.RequestEntityTooLarge, "10 MB");
    }

    [Fact]
    public async Task UnhandledEngineExceptionIsA500InTheProvidersShapeAndJournaled()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await AssertProviderError(await client.GetAsync("test/boom"), HttpStatusCode.InternalServerError, "Internal server error");

        var journal = await (await client.GetAsync("__admin/requests")).ReadJsonAsync();
        var entry = journal["requests"]![0]!;
        Assert.Equal(500, entry["response"]!["status"]!.GetValue<int>());
        Assert.Equal("/test/boom", entry["request"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task PathsOutsideEveryPrefixGetAPlainNotFound()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("elsewhere")).StatusCode);
    }

    /// <summary>Forces chunked transfer (no Content-Length).</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
