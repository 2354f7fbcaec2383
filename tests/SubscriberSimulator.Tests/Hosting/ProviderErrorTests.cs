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
        using var client = TestSimulator.ClientFor(server);
        await AssertProviderError(await client.GetAsync("notes-api/nothing/here"), HttpStatusCode.NotFound, "No GET route");
    }

    [Fact]
    public async Task WrongMethodIsTheProvidersMethodNotAllowed()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await AssertProviderError(await client.DeleteAsync("notes-api/notes"), HttpStatusCode.MethodNotAllowed, "DELETE");
    }

    [Fact]
    public async Task MalformedJsonIsTheProvidersBadRequestWithThePosition()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await AssertProviderError(await client.PutAsync("notes-api/notes/n", Http.Json("{\"text\": ")), HttpStatusCode.BadRequest, "not valid JSON at line 1");
        Assert.Empty(TestSimulator.Notes(server));
        Assert.Empty(server.Outbox.List());
    }

    [Fact]
    public async Task EmptyBodyIsABadRequest()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await AssertProviderError(await client.PutAsync("notes-api/notes/n", Http.Json(string.Empty)), HttpStatusCode.BadRequest, "body is required");
    }

    [Fact]
    public async Task WrongContentTypeIsUnsupportedMediaType()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        var response = await client.PutAsync("notes-api/notes/n", new StringContent("text=a", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await AssertProviderError(response, HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    [Fact]
    public async Task JsonSuffixContentTypeIsAccepted()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        var response = await client.PutAsync("notes-api/notes/n", new StringContent("""{"text":"hi"}""", Encoding.UTF8, "application/vnd.api+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimitIs413WithDeclaredLength()
    {
        await using var server = TestSimulator.InMemory(o => o.MaxRequestBodyBytes = 1024);
        using var client = TestSimulator.ClientFor(server);
        var big = "{\"text\":\"" + new string('a', 2000) + "\"}";
        await AssertProviderError(await client.PutAsync("notes-api/notes/n", Http.Json(big)), HttpStatusCode.RequestEntityTooLarge, "larger than");
        Assert.Empty(TestSimulator.Notes(server));
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIs413()
    {
        await using var server = TestSimulator.InMemory(o => o.MaxRequestBodyBytes = 1024);
        using var client = TestSimulator.ClientFor(server);
        var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 5000) + "\"}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        await AssertProviderError(await client.PutAsync("notes-api/notes/n", content), HttpStatusCode.RequestEntityTooLarge, "larger than");
    }

    [Fact]
    public async Task TenMegabytesIsTheDefaultLimitOverARealSocket()
    {
        await using var server = await TestSimulator.OnSocketAsync();
        using var client = TestSimulator.ClientFor(server);
        var big = new string(' ', (10 * 1024 * 1024) + 1);
        await AssertProviderError(await client.PutAsync("notes-api/notes/n", Http.Json(big)), HttpStatusCode.RequestEntityTooLarge, "10 MB");
    }

    [Fact]
    public async Task UnhandledEngineExceptionIsA500InTheProvidersShapeAndJournaled()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await AssertProviderError(await client.GetAsync("notes-api/boom"), HttpStatusCode.InternalServerError, "Internal server error");

        var entry = (await (await client.GetAsync("__admin/requests")).ReadJsonAsync())[0]!;
        Assert.Equal(500, entry["Response"]!["StatusCode"]!.GetValue<int>());
        Assert.Equal("/notes-api/boom", entry["Request"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task PathsOutsideEveryPrefixGetWireMocksNotFound()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var response = await client.GetAsync("elsewhere");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No matching mapping found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Forces chunked transfer (no Content-Length).</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
