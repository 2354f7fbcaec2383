using System.Net;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Admin;

/// <summary>/__admin/requests in WireMock's shapes.</summary>
public sealed class JournalEndpointTests
{
    [Fact]
    public async Task ListsServeEventsNewestFirstWithWireMockFields()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("test/items?source=x", Http.Json("{\"email\":\"a@example.com\"}"));
        await client.GetAsync("test/nothing");

        var journal = await (await client.GetAsync("__admin/requests")).ReadJsonAsync();
        Assert.Equal(2, journal["meta"]!["total"]!.GetValue<int>());
        Assert.False(journal["requestJournalDisabled"]!.GetValue<bool>());
        var newest = journal["requests"]![0]!;
        Assert.Equal("/test/nothing", newest["request"]!["url"]!.GetValue<string>());
        Assert.Equal(404, newest["response"]!["status"]!.GetValue<int>());
        Assert.False(newest["wasMatched"]!.GetValue<bool>());

        var post = journal["requests"]![1]!;
        var request = post["request"]!;
        Assert.Equal("POST", request["method"]!.GetValue<string>());
        Assert.Equal("/test/items?source=x", request["url"]!.GetValue<string>());
        Assert.Equal("http://localhost/test/items?source=x", request["absoluteUrl"]!.GetValue<string>());
        Assert.Equal("{\"email\":\"a@example.com\"}", request["body"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(request["bodyAsBase64"]!.GetValue<string>()));
        Assert.Equal(TestSimulator.Epoch.ToUnixTimeMilliseconds(), request["loggedDate"]!.GetValue<long>());
        Assert.Equal("2026-01-01T00:00:00.000Z", request["loggedDateString"]!.GetValue<string>());
        Assert.Equal("x", request["queryParams"]!["source"]!["values"]![0]!.GetValue<string>());
        Assert.NotNull(request["headers"]!["Content-Type"]);
        Assert.Equal(201, post["response"]!["status"]!.GetValue<int>());
        Assert.True(post["wasMatched"]!.GetValue<bool>());

        var limited = await (await client.GetAsync("__admin/requests?limit=1")).ReadJsonAsync();
        Assert.Single(limited["requests"]!.AsArray());

        var unmatched = await (await client.GetAsync("__admin/requests/unmatched")).ReadJsonAsync();
        Assert.Equal("/test/nothing", Assert.Single(unmatched["requests"]!.AsArray())!["url"]!.GetValue<string>());

        var id = newest["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("__admin/requests/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("__admin/requests/" + Guid.NewGuid())).StatusCode);
    }

    [Fact]
    public async Task CountAndFindUseRequestPatterns()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.PostAsync("test/items", Http.Json("{\"email\":\"a@example.com\"}"));
        await client.PostAsync("test/items", Http.Json("{\"email\":\"b@example.com\"}"));
        await client.GetAsync("test/items/x");

        var count = await (await client.PostAsync("__admin/requests/count", Http.Json("""{"method":"POST","urlPath":"/test/items"}"""))).ReadJsonAsync();
        Assert.Equal(2, count["count"]!.GetValue<int>());

        var all = await (await client.PostAsync("__admin/requests/count", Http.Json("{}"))).ReadJsonAsync();
        Assert.Equal(3, all["count"]!.GetValue<int>());

        var found = await (await client.PostAsync("__admin/requests/find", Http.Json("""{"method":"POST","bodyPatterns":[{"matchesJsonPath":{"expression":"$.email","equalTo":"b@example.com"}}]}"""))).ReadJsonAsync();
        var request = Assert.Single(found["requests"]!.AsArray())!;
        Assert.Equal("/test/items", request["url"]!.GetValue<string>());

        var invalid = await client.PostAsync("__admin/requests/count", Http.Json("""{"urlPathPattern":"("}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
    }

    [Fact]
    public async Task StubServedRequestsReferenceTheirStubAndCanBeFilteredByIt()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        var stub = await (await client.PostAsync("__admin/mappings", Http.Json("""{"request":{"urlPath":"/s"},"response":{"status":200}}"""))).ReadJsonAsync();
        var id = stub["id"]!.GetValue<string>();
        await client.GetAsync("s");
        await client.GetAsync("test/items/x");

        var byStub = await (await client.GetAsync("__admin/requests?matchingStub=" + id)).ReadJsonAsync();
        var entry = Assert.Single(byStub["requests"]!.AsArray())!;
        Assert.Equal(id, entry["stubMapping"]!["id"]!.GetValue<string>());
        Assert.True(entry["wasMatched"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DeleteClearsAndAdminCallsAreNotJournaled()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        await client.GetAsync("test/items/x");
        await client.GetAsync("__admin/health");
        var before = await (await client.GetAsync("__admin/requests")).ReadJsonAsync();
        Assert.Equal(1, before["meta"]!["total"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("__admin/requests")).StatusCode);
        var after = await (await client.GetAsync("__admin/requests")).ReadJsonAsync();
        Assert.Equal(0, after["meta"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task JournalIsBoundedAndCanBeDisabled()
    {
        await using (var bounded = TestSimulator.InMemory(o => o.JournalCapacity = 2))
        {
            using var client = bounded.CreateClient();
            for (var i = 0; i < 5; i++)
            {
                await client.GetAsync("test/items/" + i);
            }

            var journal = await (await client.GetAsync("__admin/requests")).ReadJsonAsync();
            Assert.Equal(2, journal["meta"]!["total"]!.GetValue<int>());
            Assert.Equal("/test/items/4", journal["requests"]![0]!["request"]!["url"]!.GetValue<string>());
        }

        await using var disabled = TestSimulator.InMemory(o => o.JournalCapacity = 0);
        using var disabledClient = disabled.CreateClient();
        await disabledClient.GetAsync("test/items/1");
        var empty = await (await disabledClient.GetAsync("__admin/requests")).ReadJsonAsync();
        Assert.True(empty["requestJournalDisabled"]!.GetValue<bool>());
        Assert.Empty(empty["requests"]!.AsArray());
    }

    [Fact]
    public async Task LargeBodiesAreKeptTruncated()
    {
        await using var server = TestSimulator.InMemory(o => o.JournalBodyLimitBytes = 16);
        using var client = server.CreateClient();
        await client.PostAsync("test/items", Http.Json("{\"email\":\"someone-long@example.com\"}"));
        var journal = await (await client.GetAsync("__admin/requests")).ReadJsonAsync();
        var request = journal["requests"]![0]!["request"]!;
        Assert.Equal(16, request["body"]!.GetValue<string>().Length);
        Assert.True(request["bodyTruncated"]!.GetValue<bool>());
    }
}
