using System.Net;
using System.Net.Http.Headers;
using Reliability.Tests.Support;
using SubscriberSimulator;

namespace Reliability.Tests.Security;

/// <summary>Beyond loopback the admin API and the simulator controls need the admin token; without one the server does not start.</summary>
public sealed class AdminTokenTests
{
    private const string Token = "admin-token-for-reliability-tests";

    [Fact]
    public async Task BindingBeyondLoopbackWithoutATokenDoesNotStart()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => SimulatorServer.StartAsync(new SimulatorOptions { Host = "0.0.0.0" }));
        Assert.Contains("token", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GET", "__admin/health")]
    [InlineData("GET", "__admin/mappings")]
    [InlineData("GET", "__admin/requests")]
    [InlineData("POST", "__admin/reset")]
    [InlineData("GET", "__sim")]
    [InlineData("GET", "__sim/clock")]
    [InlineData("GET", "__sim/outbox")]
    [InlineData("POST", "__sim/reset")]
    [InlineData("GET", "__sim/essential/tenants")]
    public async Task AdminAndControlRoutesRefuseMissingOrWrongTokenBeyondLoopback(string method, string path)
    {
        await using var server = await LoopbackSimulator.StartAsync(options => { options.Host = "0.0.0.0"; options.AdminToken = Token; });
        using var client = LoopbackClient(server);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, method, path, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, method, path, new AuthenticationHeaderValue("Bearer", Token + "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, method, path, new AuthenticationHeaderValue("Basic", Token))).StatusCode);
        Assert.True((await SendAsync(client, method, path, new AuthenticationHeaderValue("Bearer", Token))).IsSuccessStatusCode, $"{method} {path} with the token failed");
    }

    [Fact]
    public async Task StubCannotBeAddedWithoutTheToken()
    {
        await using var server = await LoopbackSimulator.StartAsync(options => { options.Host = "0.0.0.0"; options.AdminToken = Token; });
        using var client = LoopbackClient(server);
        using var add = new HttpRequestMessage(HttpMethod.Post, "__admin/mappings")
        {
            Content = new StringContent("{\"Request\":{\"Path\":\"/mta/v3/subscribers\"},\"Response\":{\"StatusCode\":200}}"),
        };

        using var refused = await client.SendAsync(add);
        using var list = await SendAsync(client, "GET", "__admin/mappings", new AuthenticationHeaderValue("Bearer", Token));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        // Only the provider routes' own mappings (titled "... the engine ...") are there: no stub was added.
        var mappings = System.Text.Json.Nodes.JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray();
        Assert.NotEmpty(mappings);
        Assert.All(mappings, mapping => Assert.Contains("the engine", mapping!["Title"]?.GetValue<string>() ?? string.Empty, StringComparison.Ordinal));
    }

    // Bound to every interface; reach it through loopback.
    private static HttpClient LoopbackClient(SimulatorServer server) =>
        new() { BaseAddress = new UriBuilder(server.BaseAddress) { Host = "127.0.0.1" }.Uri };

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, AuthenticationHeaderValue? authorization)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = authorization;
        return client.SendAsync(request);
    }
}
