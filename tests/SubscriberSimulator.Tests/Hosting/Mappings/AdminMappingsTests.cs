using System.Net;
using SubscriberSimulator.Hosting.Mappings;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Hosting.Mappings;

/// <summary>Stub mappings through WireMock.Net's admin API, in its dialect and in the Java one.</summary>
public sealed class AdminMappingsTests
{
    private const string Stub = """{"Request":{"Methods":["GET"],"Path":"/notes-api/notes/greeting"},"Response":{"StatusCode":200,"Headers":{"Content-Type":"application/json"},"BodyAsJson":{"stubbed":true}}}""";

    [Fact]
    public async Task CreateReturns201WithAGuidAndTheStubAnswersBeforeTheEngine()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("notes-api/notes/greeting")).StatusCode);

        var created = await client.PostAsync("__admin/mappings", Http.Json(Stub));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(Guid.TryParse((await created.ReadJsonAsync())["Guid"]!.GetValue<string>(), out _));

        var answered = await client.GetAsync("notes-api/notes/greeting");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("application/json", answered.Content.Headers.ContentType!.MediaType);
        Assert.True((await answered.ReadJsonAsync())["stubbed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task JavaFormatMappingsAreImportedThroughTheWireMockOrgEndpoint()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        var id = Guid.NewGuid();

        var created = await client.PostAsync("__admin/mappings/wiremock.org", Http.Json(
            "{\"uuid\":\"" + id + "\",\"request\":{\"method\":\"GET\",\"urlPath\":\"/notes-api/notes/greeting\"},\"response\":{\"status\":299,\"jsonBody\":{\"java\":true}}}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(id.ToString(), (await created.ReadJsonAsync())["Guid"]!.GetValue<string>());
        var answered = await client.GetAsync("notes-api/notes/greeting");
        Assert.Equal(299, (int)answered.StatusCode);
        Assert.True((await answered.ReadJsonAsync())["java"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("__admin/mappings/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("__admin/mappings/wiremock.org", Http.Json("{oops"))).StatusCode);
    }

    [Fact]
    public async Task ListGetUpdateDeleteAndTheProviderRoutesSurviveDeletingEveryMapping()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        var id = (await (await client.PostAsync("__admin/mappings", Http.Json(Stub))).ReadJsonAsync())["Guid"]!.GetValue<string>();

        var list = (await (await client.GetAsync("__admin/mappings")).ReadJsonAsync()).AsArray();
        Assert.Contains(list, mapping => mapping!["Guid"]!.GetValue<string>() == id);
        var provider = Assert.Single(list, mapping => mapping!["Title"]?.GetValue<string>() == "notes: GET /notes-api/notes/{key} (answered by the engine)")!;
        Assert.True(provider["Priority"]!.GetValue<int>() >= ProviderMappings.RoutePriority);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("__admin/mappings/" + id)).StatusCode);
        var updated = await client.PutAsync("__admin/mappings/" + id, Http.Json("""{"Request":{"Methods":["GET"],"Path":"/notes-api/notes/greeting"},"Response":{"StatusCode":204}}"""));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("notes-api/notes/greeting")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("__admin/mappings/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("__admin/mappings/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("__admin/mappings/" + id)).StatusCode);

        await client.PostAsync("__admin/mappings", Http.Json(Stub));
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("__admin/mappings")).StatusCode);
        var remaining = (await (await client.GetAsync("__admin/mappings")).ReadJsonAsync()).AsArray();
        Assert.All(remaining, mapping => Assert.Contains("(", mapping!["Title"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("notes-api/notes/greeting")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("notes-api/notes/greeting", Http.Json("""{"text":"hi"}"""))).StatusCode);
    }

    [Fact]
    public async Task MappingsResetRemovesTheStubsAndTheEngineAnswersAgain()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PostAsync("__admin/mappings", Http.Json(Stub));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("__admin/mappings/reset", null)).StatusCode);

        var answer = await client.GetAsync("notes-api/notes/greeting");
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("No such note.", (await answer.ReadJsonAsync())["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClientSuppliedGuidIsKept()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var id = Guid.NewGuid().ToString();
        var created = await client.PostAsync("__admin/mappings", Http.Json("{\"Guid\":\"" + id + "\"," + Stub[1..]));
        Assert.Equal(id, (await created.ReadJsonAsync())["Guid"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMappingWireMockCannotReadIsRefusedAndChangesNothing()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var before = server.WireMock.Mappings.Count;

        var response = await client.PostAsync("__admin/mappings", Http.Json("""{"Request":{"Path":{"Matchers":[{"Name":"NoSuchMatcher","Pattern":"x"}]}},"Response":{"StatusCode":200}}"""));

        Assert.False(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(before, server.WireMock.Mappings.Count);
    }

    [Fact]
    public async Task HealthAnswersAndResetClearsEverythingButTheProviderRoutes()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        var health = await client.GetAsync("__admin/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
        await client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"a@example.com"}"""));
        await client.PostAsync("__admin/mappings", Http.Json(Stub));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("__admin/reset", null)).StatusCode);

        Assert.Empty(server.GetEngine<NotesEngine>().Notebooks.All());
        Assert.Empty(server.Outbox.List());
        Assert.Empty(server.WireMock.LogEntries);
        Assert.All(server.WireMock.Mappings.Where(mapping => !mapping.IsAdminInterface), mapping => Assert.EndsWith(")", mapping.Title, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("notes-api/notes/greeting")).StatusCode);
    }
}
