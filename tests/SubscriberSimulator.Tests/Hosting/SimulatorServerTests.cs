using System.Net;
using System.Net.Http;
using SubscriberSimulator.Engines.Essential;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SubscriberSimulator.Tests.Hosting;

public sealed class SimulatorServerTests
{
    [Fact]
    public async Task StartAsyncBindsLoopbackOnAFreePortAndServesTheEngines()
    {
        await using var server = await TestSimulator.OnSocketAsync();
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.Equal(server.BaseAddress.Port, server.WireMock.Port);
        Assert.False(server.IsInMemory);

        using var client = TestSimulator.ClientFor(server);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("notes-api/notes/n")).StatusCode);
    }

    [Fact]
    public async Task TheRunningSimulatorShowsItsProvidersAndServices()
    {
        await using var server = await TestSimulator.OnSocketAsync(o => o.SeedDemo = true);

        Assert.Equal(new Uri(server.BaseAddress, "notes-api"), server.ProviderUrls[NotesEngine.EngineId]);
        Assert.Equal(["token: demo-token"], server.DemoSeed[NotesEngine.EngineId]);
        Assert.Same(server.GetEngine<NotesEngine>(), Assert.Single(server.Engines));
        Assert.Equal(TestSimulator.Epoch, server.Clock.GetUtcNow());
        Assert.Empty(server.Outbox.List());
        Assert.True(server.WireMock.IsStarted);

        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", NotesEngine.DemoToken);
        Assert.Equal("world", (await (await client.GetAsync("notes-api/notes/hello")).ReadJsonAsync())["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task DisposeStopsTheSocket()
    {
        var server = await TestSimulator.OnSocketAsync();
        var address = server.BaseAddress;
        await server.DisposeAsync();

        using var client = new HttpClient { BaseAddress = address };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("__admin/health"));
    }

    [Fact]
    public async Task TwoServersGetDifferentPorts()
    {
        await using var first = await TestSimulator.OnSocketAsync();
        await using var second = await TestSimulator.OnSocketAsync();
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
    }

    [Fact]
    public async Task InMemoryServesTheSameSimulatorWithoutASocket()
    {
        await using var server = await SimulatorServer.StartAsync(TestSimulator.Options(o => o.InMemory = true));
        Assert.True(server.IsInMemory);
        using var client = TestSimulator.ClientFor(server);

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""))).StatusCode);
        Assert.Equal("hi", TestSimulator.Notes(server)["n"]);

        using var socketClient = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Assert.ThrowsAnyAsync<Exception>(() => socketClient.GetAsync("__admin/health"));
    }

    [Fact]
    public async Task InMemoryStubsFromTheFluentApiOverrideTheEngine()
    {
        await using var server = TestSimulator.InMemory();
        server.WireMock.Given(Request.Create().WithPath("/notes-api/notes").UsingGet()).RespondWith(Response.Create().WithStatusCode(299));
        using var client = TestSimulator.ClientFor(server);

        Assert.Equal(299, (int)(await client.GetAsync("notes-api/notes")).StatusCode);
    }

    [Fact]
    public async Task ResetFromCSharpIsTheAdminReset()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
        server.WireMock.Given(Request.Create().WithPath("/x")).RespondWith(Response.Create().WithStatusCode(299));

        server.Reset();

        Assert.Empty(server.GetEngine<NotesEngine>().Notebooks.All());
        Assert.Empty(server.WireMock.LogEntries);
        Assert.All(server.WireMock.Mappings.Where(mapping => !mapping.IsAdminInterface), mapping => Assert.EndsWith(")", mapping.Title, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("notes-api/notes")).StatusCode);
    }

    [Fact]
    public async Task BindingBeyondLoopbackNeedsAnAdminToken()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestSimulator.OnSocketAsync(o => o.Host = "0.0.0.0"));
        Assert.Contains("admin token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidHostIsRejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => TestSimulator.OnSocketAsync(o => o.Host = "example.invalid"));
        Assert.Contains("not an IP address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminTokenGuardsAdminAndControlsButNotProviders()
    {
        await using var server = TestSimulator.InMemory(o => o.AdminToken = "s3cret-admin-token");
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("__admin/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("__sim/clock")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "__admin/health") { Headers = { { "Authorization", "Bearer nope" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "__admin/health") { Headers = { { "Authorization", "Bearer s3cret-admin-token" } } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        var provider = await client.GetAsync("notes-api/notes");
        Assert.Equal(HttpStatusCode.Unauthorized, provider.StatusCode);
        Assert.Equal(401, (await provider.ReadJsonAsync())["error"]!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task StateFileRoundTripsEnginesOutboxStubsAndScenarios()
    {
        var path = Path.Combine(Path.GetTempPath(), "sim-state-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            await using (var server = TestSimulator.InMemory(o => o.StateFile = path))
            {
                using var client = TestSimulator.ClientFor(server);
                await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
                await client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"a@example.com"}"""));
                await client.PostAsync("__admin/mappings", Http.Json("""{"Request":{"Methods":["GET"],"Path":"/x"},"Response":{"StatusCode":418}}"""));
                await client.PostAsync("__admin/mappings", Http.Json("""{"Scenario":"s","WhenStateIs":"on","Request":{"Path":"/y"},"Response":{"StatusCode":299}}"""));
                await client.PutAsync("__admin/scenarios/s/state", Http.Json("{\"State\":\"on\"}"));
                await client.PostAsync("__sim/mappings", Http.Json("""{"Request":{"Methods":["GET"],"Path":"/notes-api/notes/n"},"Response":{"Headers":{"X-Simulator-Fault":"EMPTY_RESPONSE"}}}"""));
            }

            Assert.True(File.Exists(path));
            await using var restored = TestSimulator.InMemory(o => o.StateFile = path);
            Assert.True(restored.StateLoaded);
            Assert.Equal("hi (sent)", TestSimulator.Notes(restored)["n"]);
            Assert.Single(restored.Outbox.List());
            using var restoredClient = TestSimulator.ClientFor(restored);
            Assert.Equal((HttpStatusCode)418, (await restoredClient.GetAsync("x")).StatusCode);
            Assert.Equal(299, (int)(await restoredClient.GetAsync("y")).StatusCode);
            await Assert.ThrowsAsync<HttpRequestException>(() => restoredClient.GetAsync("notes-api/notes/n"));
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

    [Fact]
    public void AnEngineThatIsNotRegisteredIsAClearError()
    {
        using var server = TestSimulator.InMemory();
        var error = Assert.Throws<InvalidOperationException>(() => server.GetEngine<EssentialEngine>());
        Assert.Contains(nameof(EssentialEngine), error.Message, StringComparison.Ordinal);
    }
}
