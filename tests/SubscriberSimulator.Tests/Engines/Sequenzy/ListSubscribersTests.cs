using System.Net;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ListSubscribersTests
{
    private static async Task<SequenzySim> SeededAsync()
    {
        var sim = SequenzySim.Create();
        for (var i = 1; i <= 5; i++)
        {
            await sim.CreateAsync($$"""
                {"email": "user{{i}}@example.com", "firstName": "User{{i}}", "tags": ["{{(i % 2 == 0 ? "even" : "odd")}}", "all"],
                 "customAttributes": {"score": {{i * 10}}}, "lists": [{{(i <= 2 ? "\"list_beta\"" : string.Empty)}}]}
                """);
        }

        await sim.PatchAsync("/subscribers/user5%40example.com", """{"status": "unsubscribed"}""");
        return sim;
    }

    private static string[] Emails(SequenzyReply reply)
    {
        var result = new List<string>();
        foreach (var subscriber in reply.Json.GetProperty("subscribers").EnumerateArray())
        {
            result.Add(subscriber.GetProperty("email").GetString()!);
        }

        return result.ToArray();
    }

    [Fact]
    public async Task Pages_are_newest_first_with_totals()
    {
        using var sim = await SeededAsync();

        var first = await sim.GetAsync("/subscribers?limit=2");
        var third = await sim.GetAsync("/subscribers?limit=2&page=3");

        Assert.Equal(["user5@example.com", "user4@example.com"], Emails(first));
        Assert.Equal(5, first.Int("pagination", "total"));
        Assert.Equal(3, first.Int("pagination", "totalPages"));
        Assert.True(first.Bool("pagination", "hasMore"));
        Assert.Equal(["user1@example.com"], Emails(third));
        Assert.False(third.Bool("pagination", "hasMore"));
        Assert.Equal(JsonValueKind.Null, third.Json.GetProperty("pagination").GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Cursor_pages_walk_every_subscriber_once_and_report_no_total()
    {
        using var sim = await SeededAsync();
        var seen = new List<string>();

        var reply = await sim.GetAsync("/subscribers?limit=2");
        seen.AddRange(Emails(reply));
        while (reply.String("pagination", "nextCursor") is { } cursor)
        {
            reply = await sim.GetAsync("/subscribers?limit=2&cursor=" + Uri.EscapeDataString(cursor));
            Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("pagination").GetProperty("total").ValueKind);
            Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("pagination").GetProperty("page").ValueKind);
            seen.AddRange(Emails(reply));
        }

        Assert.Equal(["user5@example.com", "user4@example.com", "user3@example.com", "user2@example.com", "user1@example.com"], seen);
    }

    [Fact]
    public async Task Cursor_with_page_and_a_garbled_cursor_are_400()
    {
        using var sim = await SeededAsync();

        var both = await sim.GetAsync("/subscribers?page=1&cursor=abc");
        var garbled = await sim.GetAsync("/subscribers?cursor=%21%21");
        var tooLarge = await sim.GetAsync("/subscribers?limit=1001");
        var badStatus = await sim.GetAsync("/subscribers?status=gone");

        SequenzySim.AssertError(both, HttpStatusCode.BadRequest, "cursor cannot be combined with page");
        SequenzySim.AssertError(garbled, HttpStatusCode.BadRequest, "cursor");
        SequenzySim.AssertError(tooLarge, HttpStatusCode.BadRequest, "limit");
        SequenzySim.AssertError(badStatus, HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task Filters_combine_with_and()
    {
        using var sim = await SeededAsync();

        var active = await sim.GetAsync("/subscribers?status=active");
        var evenAndAll = await sim.GetAsync("/subscribers?tags=Even,all");
        var beta = await sim.GetAsync("/subscribers?listId=list_beta");
        var byListName = await sim.GetAsync("/subscribers?list=Beta%20testers&tags=odd");
        var text = await sim.GetAsync("/subscribers?query=user3");
        var score = await sim.GetAsync("/subscribers?attribute=score:30&attributeOperator=gte");
        var unsubscribed = await sim.GetAsync("/subscribers?unsubscribedAfter=2000-01-01T00:00:00Z");
        var segment = await sim.GetAsync("/subscribers?segmentId=seg_1");

        Assert.Equal(4, Emails(active).Length);
        Assert.Equal(["user4@example.com", "user2@example.com"], Emails(evenAndAll));
        Assert.Equal(["user2@example.com", "user1@example.com"], Emails(beta));
        Assert.Equal(["user1@example.com"], Emails(byListName));
        Assert.Equal(["user3@example.com"], Emails(text));
        Assert.Equal(["user5@example.com", "user4@example.com", "user3@example.com"], Emails(score));
        Assert.Equal(JsonValueKind.Null, score.Json.GetProperty("pagination").GetProperty("total").ValueKind);
        Assert.Equal(["user5@example.com"], Emails(unsubscribed));
        Assert.Empty(Emails(segment));
    }
}
