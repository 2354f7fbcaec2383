using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Control;

/// <summary>GET /__sim/outbox pages: 1000 messages by default, up to 10,000 with ?limit, ?cursor from meta.nextCursor.</summary>
public sealed class OutboxPagingTests
{
    [Fact]
    public async Task TheDefaultPageIsAThousandAndTheCursorsWalkEveryMessageOnce()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        Fill(server, 2500);

        var first = await GetAsync(client, "__sim/outbox");
        Assert.Equal(1000, first["messages"]!.AsArray().Count);
        Assert.Equal(2500, first["meta"]!["total"]!.GetValue<int>());

        var seen = Ids(first);
        var cursor = first["meta"]!["nextCursor"]!.GetValue<string>();
        while (true)
        {
            var page = await GetAsync(client, $"__sim/outbox?cursor={cursor}&limit=700");
            seen.AddRange(Ids(page));
            if (page["meta"]!["nextCursor"] is not { } next)
            {
                break;
            }

            cursor = next.GetValue<string>();
        }

        Assert.Equal(Enumerable.Range(1, 2500).Select(Id), seen);
    }

    [Fact]
    public async Task FiltersPageTheMatchingMessagesOnly()
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();
        Fill(server, 9);

        var first = await GetAsync(client, "__sim/outbox?provider=mta&limit=2");
        var second = await GetAsync(client, $"__sim/outbox?provider=mta&limit=2&cursor={first["meta"]!["nextCursor"]!.GetValue<string>()}");

        Assert.Equal([Id(1), Id(4)], Ids(first));
        Assert.Equal([Id(7)], Ids(second));
        Assert.Equal(3, second["meta"]!["total"]!.GetValue<int>());
        Assert.Null(second["meta"]!["nextCursor"]);
    }

    [Fact]
    public async Task ACursorSurvivesOlderMessagesBeingDropped()
    {
        await using var server = TestSimulator.InMemory(o => o.OutboxCapacity = 10);
        using var client = server.CreateClient();
        Fill(server, 10);
        var first = await GetAsync(client, "__sim/outbox?limit=4");

        Fill(server, 5, startAt: 11);
        var rest = await GetAsync(client, $"__sim/outbox?limit=100&cursor={first["meta"]!["nextCursor"]!.GetValue<string>()}");

        Assert.Equal(Enumerable.Range(1, 4).Select(Id), Ids(first));
        Assert.Equal(Ids(rest).Distinct(), Ids(rest));
        Assert.DoesNotContain(Id(4), Ids(rest));
        Assert.Equal(Id(15), Ids(rest)[^1]);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=10001")]
    [InlineData("limit=ten")]
    [InlineData("cursor=-1")]
    [InlineData("cursor=msg_3")]
    public async Task ABadLimitOrCursorIs400(string query)
    {
        await using var server = TestSimulator.InMemory();
        using var client = server.CreateClient();

        var response = await client.GetAsync("__sim/outbox?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Invalid ", (await response.ReadJsonAsync())["errors"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string Id(int number) => "m" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Ids(JsonNode page) => page["messages"]!.AsArray().Select(message => message!["id"]!.GetValue<string>()).ToList();

    private static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    // Every third message (1, 4, 7, ...) is Mobile Text Alerts', the others Essential's.
    private static void Fill(SimulatorServer server, int count, int startAt = 1)
    {
        for (var number = startAt; number < startAt + count; number++)
        {
            var provider = number % 3 == 1 ? "mta" : "essential";
            server.Outbox.Add(new OutboxMessage(Id(number), provider, "t", "sms", "+12025550100", "welcome", "hi", TestSimulator.Epoch, new Dictionary<string, string>()));
        }
    }
}
