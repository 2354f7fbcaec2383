using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using SubscriberSimulator.Tests.Support;
using SubscriberSimulator.Tests.Support.Kit;

namespace SubscriberSimulator.Tests.Hosting.Journal;

/// <summary>WireMock.Net's request journal behind the simulator: list, find, count, bounded, credentials redacted.</summary>
public sealed class JournalTests
{
    [Fact]
    public async Task ListsEntriesOldestFirstWithWhatWasSentAndAnswered()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n?source=x", Http.Json("""{"text":"hi"}"""));
        await client.GetAsync("notes-api/nothing");

        var journal = (await (await client.GetAsync("__admin/requests")).ReadJsonAsync()).AsArray();

        Assert.Equal(2, journal.Count);
        var put = journal[0]!;
        Assert.Equal("PUT", put["Request"]!["Method"]!.GetValue<string>());
        Assert.Equal("/notes-api/notes/n", put["Request"]!["Path"]!.GetValue<string>());
        Assert.EndsWith("/notes-api/notes/n?source=x", put["Request"]!["Url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("x", put["Request"]!["Query"]!["source"]![0]!.GetValue<string>());
        Assert.Equal("""{"text":"hi"}""", put["Request"]!["Body"]!.GetValue<string>());
        Assert.NotNull(put["Request"]!["Headers"]!["Content-Type"]);
        Assert.Equal(200, put["Response"]!["StatusCode"]!.GetValue<int>());
        Assert.Equal("""{"text":"hi"}""", put["Response"]!["Body"]!.GetValue<string>());
        Assert.Equal("notes: PUT /notes-api/notes/{key} (answered by the engine)", put["MappingTitle"]!.GetValue<string>());

        var missed = journal[1]!;
        Assert.Equal(404, missed["Response"]!["StatusCode"]!.GetValue<int>());
        Assert.StartsWith("notes: anything else", missed["MappingTitle"]!.GetValue<string>(), StringComparison.Ordinal);

        var id = missed["Guid"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("__admin/requests/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("__admin/requests/" + Guid.NewGuid())).StatusCode);
    }

    [Fact]
    public async Task FindAndCountUseWireMockNetRequestModels()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"hi"}"""));
        await client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"a@example.com"}"""));
        await client.PostAsync("notes-api/notes/n/send", Http.Json("""{"to":"b@example.com"}"""));

        Assert.Equal(2, await CountAsync(client, """{"Methods":["POST"],"Path":"/notes-api/notes/n/send"}"""));
        Assert.Equal(3, await CountAsync(client, """{"Path":{"Matchers":[{"Name":"WildcardMatcher","Pattern":"/notes-api/*"}]}}"""));
        Assert.Equal(1, await CountAsync(client, """{"Methods":["POST"],"Body":{"Matcher":{"Name":"JsonPartialMatcher","Pattern":{"to":"b@example.com"}}}}"""));
        Assert.Equal(0, await CountAsync(client, """{"Methods":["DELETE"]}"""));
    }

    [Fact]
    public async Task EntriesCarryTheMappingThatAnsweredAndCanBeFoundByIt()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        var stub = await (await client.PostAsync("__admin/mappings", Http.Json("""{"Request":{"Path":"/s"},"Response":{"StatusCode":200}}"""))).ReadJsonAsync();
        var id = stub["Guid"]!.GetValue<string>();
        await client.GetAsync("s");
        await client.GetAsync("notes-api/notes/x");

        var byStub = (await (await client.GetAsync("__admin/requests/find?mappingGuid=" + id)).ReadJsonAsync()).AsArray();

        var entry = Assert.Single(byStub)!;
        Assert.Equal(id, entry["MappingGuid"]!.GetValue<string>());
        Assert.Equal("/s", entry["Request"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteClearsAndAdminAndControlCallsAreNotJournaled()
    {
        await using var server = TestSimulator.InMemory();
        using var client = TestSimulator.ClientFor(server);
        await client.GetAsync("notes-api/notes/x");
        await client.GetAsync("__admin/health");
        await client.GetAsync("__sim/clock");
        Assert.Single((await (await client.GetAsync("__admin/requests")).ReadJsonAsync()).AsArray());

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("__admin/requests")).StatusCode);
        Assert.Empty((await (await client.GetAsync("__admin/requests")).ReadJsonAsync()).AsArray());
    }

    [Fact]
    public async Task TheJournalIsBoundedByDefaultAndCanBeDisabled()
    {
        Assert.Equal(1000, new SimulatorOptions().JournalCapacity);
        await using (var bounded = TestSimulator.InMemory(o => o.JournalCapacity = 2))
        {
            using var client = TestSimulator.ClientFor(bounded);
            for (var i = 0; i < 5; i++)
            {
                await client.GetAsync("notes-api/notes/" + i);
            }

            var journal = (await (await client.GetAsync("__admin/requests")).ReadJsonAsync()).AsArray();
            Assert.Equal(2, journal.Count);
            Assert.Equal("/notes-api/notes/4", journal[1]!["Request"]!["Path"]!.GetValue<string>());
        }

        await using var disabled = TestSimulator.InMemory(o => o.JournalCapacity = 0);
        using var disabledClient = TestSimulator.ClientFor(disabled);
        await disabledClient.GetAsync("notes-api/notes/1");
        Assert.Empty((await (await disabledClient.GetAsync("__admin/requests")).ReadJsonAsync()).AsArray());
    }

    [Fact]
    public async Task LargeBodiesAreKeptTruncated()
    {
        await using var server = TestSimulator.InMemory(o => o.JournalBodyLimitBytes = 16);
        using var client = TestSimulator.ClientFor(server);
        await client.PutAsync("notes-api/notes/n", Http.Json("""{"text":"someone-long@example.com"}"""));

        var request = (await (await client.GetAsync("__admin/requests")).ReadJsonAsync())[0]!["Request"]!;

        Assert.Equal("""{"text":"someone""", request["Body"]!.GetValue<string>());
    }

    [Fact]
    public async Task CredentialsAreRedactedUnlessTheOptionKeepsThem()
    {
        const string Token = "notebook-token-1234abcd";
        await using var server = TestSimulator.InMemory();
        server.GetEngine<NotesEngine>().Notebooks.Add(new Notebook("long"), Token);
        using var client = server.CreateClient();
        await SendAsync(client, new AuthenticationHeaderValue("Bearer", Token));
        await SendAsync(client, new AuthenticationHeaderValue("Bearer", "short"));
        await SendAsync(client, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("account-7:s3cret-password"))));

        var journal = await (await client.GetAsync("__admin/requests")).Content.ReadAsStringAsync();

        Assert.Contains("Bearer ****abcd", journal, StringComparison.Ordinal);
        Assert.Contains("\"Bearer ****\"", journal, StringComparison.Ordinal);
        Assert.Contains("Basic account-7:****", journal, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, journal, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-password", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("short", journal, StringComparison.Ordinal);

        await using var keeping = TestSimulator.InMemory(o => o.JournalKeepsCredentials = true);
        using var keepingClient = keeping.CreateClient();
        await SendAsync(keepingClient, new AuthenticationHeaderValue("Bearer", Token));
        Assert.Contains("Bearer " + Token, await (await keepingClient.GetAsync("__admin/requests")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task SendAsync(HttpClient client, AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "notes-api/notes") { Headers = { Authorization = authorization } };
        using var response = await client.SendAsync(request);
    }

    private static async Task<int> CountAsync(HttpClient client, string requestModel)
    {
        using var response = await client.PostAsync("__admin/requests/find", Http.Json(requestModel));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).AsArray().Count;
    }
}
