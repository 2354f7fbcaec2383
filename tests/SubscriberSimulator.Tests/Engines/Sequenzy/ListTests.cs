using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ListTests
{
    [Fact]
    public async Task Lists_carry_member_counts()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com"}""");
        await sim.CreateAsync("""{"email": "b@example.com", "lists": ["list_news", "list_beta"], "status": "bounced"}""");

        var reply = await sim.GetAsync("/lists");

        var lists = reply.Json.GetProperty("lists").EnumerateArray().ToArray();
        Assert.Equal(2, lists.Length);
        Assert.Equal(SequenzySim.NewsList, lists[0].GetProperty("id").GetString());
        Assert.Equal(2, lists[0].GetProperty("subscriberCount").GetInt32());
        Assert.Equal(1, lists[0].GetProperty("activeSubscriberCount").GetInt32());
        Assert.Equal(1, lists[1].GetProperty("subscriberCount").GetInt32());
        Assert.True(lists[1].GetProperty("isPrivate").GetBoolean());
    }

    [Fact]
    public async Task Adding_emails_to_a_list_creates_unknown_ones_and_reports_each_email()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "jane@example.com", "lists": []}""");

        var reply = await sim.PostAsync("/lists/list_beta/subscribers", """
            {"emails": ["jane@example.com", "sam@example.com", " Jane@Example.com ", "", "broken"], "optInMode": "confirmed"}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(5, reply.Int("total"));
        Assert.Equal(3, reply.Int("processed"));
        Assert.Equal(1, reply.Int("created"));
        Assert.Equal(1, reply.Int("skipped"));
        Assert.Equal(2, reply.Int("addedToList"));
        Assert.Equal(1, reply.Int("failed"));
        Assert.Equal(1, reply.Int("duplicateInputCount"));
        Assert.Equal(1, reply.Int("ignoredBlankCount"));
        var failed = reply.Json.GetProperty("results")[2];
        Assert.False(failed.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("error").GetString()));
        Assert.Equal([SequenzySim.BetaList], sim.Stored("jane@example.com").ListIds);
        Assert.Equal([SequenzySim.BetaList], sim.Stored("sam@example.com").ListIds);
    }

    [Fact]
    public async Task With_double_opt_in_the_membership_waits_for_the_confirmation()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);

        var reply = await sim.PostAsync("/lists/list_beta/subscribers", """{"emails": ["d@example.com"]}""");

        Assert.Equal(0, reply.Int("addedToList"));
        Assert.Empty(sim.Stored("d@example.com").ListIds);
        Assert.Single(sim.Outbox);
        Assert.Equal([SequenzySim.BetaList], sim.Engine.ConfirmOptIn(sim.WorkspaceId, "d@example.com").ListIds);
    }

    [Fact]
    public async Task Unknown_list_is_404_and_the_email_count_is_limited()
    {
        using var sim = SequenzySim.Create();
        var many = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"u{i}@example.com\""));

        var unknown = await sim.PostAsync("/lists/list_nope/subscribers", """{"emails": ["a@example.com"]}""");
        var tooMany = await sim.PostAsync("/lists/list_beta/subscribers", $$"""{"emails": [{{many}}]}""");
        var none = await sim.PostAsync("/lists/list_beta/subscribers", """{"emails": []}""");

        SequenzySim.AssertError(unknown, HttpStatusCode.NotFound, "List not found");
        SequenzySim.AssertError(tooMany, HttpStatusCode.BadRequest, "1 to 100");
        SequenzySim.AssertError(none, HttpStatusCode.BadRequest, "1 to 100");
        Assert.Empty(sim.Subscribers);
    }
}
