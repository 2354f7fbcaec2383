using System.Net;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Control;

public sealed class ControlEndpointsTests
{
    [Fact]
    public async Task ClockCanBeReadAdvancedSetFrozenAndUnfrozen()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();

        var read = await (await client.GetAsync("__sim/clock")).ReadJsonAsync();
        Assert.Equal(TestSimulator.Epoch, DateTimeOffset.Parse(read["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(read["frozen"]!.GetValue<bool>());

        var advanced = await (await client.PostAsync("__sim/clock", Http.Json("{\"advance\":\"PT1H30M\"}"))).ReadJsonAsync();
        Assert.Equal(TestSimulator.Epoch.AddMinutes(90), DateTimeOffset.Parse(advanced["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));

        await client.PostAsync("__sim/clock", Http.Json("{\"advance\":\"00:00:30\"}"));
        Assert.Equal(TestSimulator.Epoch.AddMinutes(90).AddSeconds(30), server.Clock.GetUtcNow());

        await client.PostAsync("__sim/clock", Http.Json("{\"set\":\"2030-05-01T10:00:00Z\"}"));
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 10, 0, 0, TimeSpan.Zero), server.Clock.GetUtcNow());

        var running = await (await client.PostAsync("__sim/clock", Http.Json("{\"frozen\":false}"))).ReadJsonAsync();
        Assert.False(running["frozen"]!.GetValue<bool>());
        Assert.False(server.Clock.IsFrozen);
        await client.PostAsync("__sim/clock", Http.Json("{\"frozen\":true}"));
        Assert.True(server.Clock.IsFrozen);
    }

    [Fact]
    public async Task HealthReportsThePackageVersionWithoutTheCommit()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();

        var health = await (await client.GetAsync("__sim/health")).ReadJsonAsync();

        var informational = typeof(SimulatorServer).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal("healthy", health["status"]!.GetValue<string>());
        Assert.Equal(informational.Split('+')[0], health["version"]!.GetValue<string>());
        Assert.DoesNotContain("+", health["version"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"advance\":\"-PT1S\"}", "/advance")]
    [InlineData("{\"advance\":\"soon\"}", "/advance")]
    [InlineData("{\"set\":\"tomorrow\"}", "/set")]
    [InlineData("{\"speed\":2}", "/speed")]
    public async Task InvalidClockChangesAre422AndChangeNothing(string body, string pointer)
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var response = await client.PostAsync("__sim/clock", Http.Json(body));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(pointer, (await response.ReadJsonAsync())["errors"]![0]!["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(TestSimulator.Epoch, server.Clock.GetUtcNow());
    }

    [Fact]
    public async Task OutboxListsAndFilters()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
        await client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"a@example.com"}"""));

        var all = await (await client.GetAsync("__sim/outbox")).ReadJsonAsync();
        Assert.Equal(1, all["meta"]!["total"]!.GetValue<int>());
        var message = all["messages"]![0]!;
        Assert.Equal(NotesEngine.EngineId, message["provider"]!.GetValue<string>());
        Assert.Equal("a@example.com", message["to"]!.GetValue<string>());
        Assert.Equal("note", message["kind"]!.GetValue<string>());

        Assert.Single((await (await client.GetAsync("__sim/outbox?provider=notes&tenant=a")).ReadJsonAsync())["messages"]!.AsArray());
        Assert.Empty((await (await client.GetAsync("__sim/outbox?tenant=other")).ReadJsonAsync())["messages"]!.AsArray());
        Assert.Empty((await (await client.GetAsync("__sim/outbox?provider=mta")).ReadJsonAsync())["messages"]!.AsArray());

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("__sim/outbox")).StatusCode);
        Assert.Empty(server.Outbox.List());
    }

    [Fact]
    public async Task ResetClearsEverythingIncludingTheClock()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
        await client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"a@example.com"}"""));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("__sim/reset", null)).StatusCode);

        Assert.Empty(server.GetEngine<NotesEngine>().Notebooks.All());
        Assert.Empty(server.Outbox.List());
        Assert.Empty(server.WireMock.LogEntries);
        Assert.False(server.Clock.IsFrozen);
    }

    [Fact]
    public async Task EngineControlsAreServedUnderTheirIdAndListed()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));

        var notebooks = (await (await client.GetAsync("__sim/notes/tenants")).ReadJsonAsync()).AsArray();
        Assert.Equal(1, notebooks[0]!["notes"]!.GetValue<int>());

        var engines = await (await client.GetAsync("__sim")).ReadJsonAsync();
        Assert.Equal("/notes-api", engines["engines"]![0]!["pathPrefix"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("__sim/nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PutAsync("__sim/clock", Http.Json("{}"))).StatusCode);
    }
}
