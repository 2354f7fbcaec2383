using System.Net;
using System.Net.Http;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting;

public sealed class SimulatorServerTests
{
    [Fact]
    public async Task StartAsyncBindsLoopbackOnAFreePortAndServesTheEngines()
    {
        await using var server = await SimulatorServer.StartAsync(TestSimulator.Options());
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.False(server.IsInMemory);

        using var client = server.CreateClient();
        var created = await client.PostAsync("test/items", Http.Json("{\"email\":\"a@example.com\"}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("test/items/" + id)).StatusCode);
    }

    [Fact]
    public async Task DisposeStopsTheSocket()
    {
        var server = await SimulatorServer.StartAsync(TestSimulator.Options());
        var address = server.BaseAddress;
        await server.DisposeAsync();

        using var client = new HttpClient { BaseAddress = address };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("__admin/health"));
    }

    [Fact]
    public async Task TwoServersGetDifferentPorts()
    {
        await using var first = await SimulatorServer.StartAsync(TestSimulator.Options());
        await using var second = await SimulatorServer.StartAsync(TestSimulator.Options());
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
    }

    [Fact]
    public async Task InMemoryServesTheSameAppWithoutASocket()
    {
        await using var server = TestSimulator.InMemory();
        Assert.True(server.IsInMemory);
        using var client = new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress };
        var created = await client.PostAsync("test/items", Http.Json("{\"email\":\"a@example.com\"}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Single(server.GetEngine<TestEngine>().Items);
    }

    [Fact]
    public async Task GetEngineReturnsTheRegisteredInstance()
    {
        await using var server = TestSimulator.InMemory();
        var engine = server.GetEngine<TestEngine>();
        Assert.Same(engine, Assert.Single(server.Engines));
    }

    [Fact]
    public async Task BindingBeyondLoopbackNeedsAnAdminToken()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SimulatorServer.StartAsync(TestSimulator.Options(o => o.Host = "0.0.0.0")));
        Assert.Contains("admin token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidHostIsRejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => SimulatorServer.StartAsync(TestSimulator.Options(o => o.Host = "example.invalid")));
        Assert.Contains("not an IP address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminTokenGuardsAdminAndControlsButNotProviders()
    {
        await using var server = TestSimulator.InMemory(o => o.AdminToken = "s3cret");
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("__admin/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("__sim/clock")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "__admin/health") { Headers = { { "Authorization", "Bearer nope" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "__admin/health") { Headers = { { "Authorization", "Bearer s3cret" } } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("test/items/none")).StatusCode);
    }

    [Fact]
    public async Task StateFileRoundTripsEnginesOutboxAndStubs()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-state-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            await using (var server = TestSimulator.InMemory(o => o.StateFile = path))
            {
                using var client = server.CreateClient();
                await client.PostAsync("test/items", Http.Json("{\"email\":\"a@example.com\"}"));
                await client.PostAsync("__admin/mappings", Http.Json("""{"request":{"method":"GET","urlPath":"/x"},"response":{"status":418}}"""));
            }

            Assert.True(File.Exists(path));
            await using var restored = TestSimulator.InMemory(o => o.StateFile = path);
            Assert.Single(restored.GetEngine<TestEngine>().Items);
            Assert.Single(restored.Outbox.List());
            using var restoredClient = restored.CreateClient();
            Assert.Equal((HttpStatusCode)418, (await restoredClient.GetAsync("x")).StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task CorruptStateFileIsAClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-state-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, "{not json");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => TestSimulator.InMemory(o => o.StateFile = path));
            Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
