using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ListRemoveTests
{
    [Fact]
    public async Task Removing_from_a_list_ends_the_membership_and_keeps_the_subscriber_active()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com", "lists": ["list_news", "list_beta"]}""");
        var b = await sim.CreateAsync("""{"email": "b@example.com", "lists": ["list_beta"]}""");

        var reply = await sim.PostAsync($"/lists/{SequenzySim.BetaList}/subscribers/remove", $$"""
            {"emails": ["A@example.com", "ghost@example.com"], "subscriberIds": ["{{b.Subscriber.GetProperty("id").GetString()}}"]}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(2, reply.Int("removed"));
        Assert.Equal(["ghost@example.com"], SequenzyReply.Strings(reply.Json.GetProperty("notFound")));
        Assert.Equal([SequenzySim.NewsList], sim.Stored("a@example.com").ListIds);
        Assert.Empty(sim.Stored("b@example.com").ListIds);
        Assert.Equal("active", sim.Stored("b@example.com").Status);
    }

    [Fact]
    public async Task An_unknown_list_or_no_subscribers_is_refused()
    {
        using var sim = SequenzySim.Create();

        SequenzySim.AssertError(await sim.PostAsync("/lists/list_nope/subscribers/remove", """{"emails": ["a@example.com"]}"""), HttpStatusCode.NotFound);
        SequenzySim.AssertError(await sim.PostAsync($"/lists/{SequenzySim.BetaList}/subscribers/remove", "{}"), HttpStatusCode.BadRequest);
    }
}
