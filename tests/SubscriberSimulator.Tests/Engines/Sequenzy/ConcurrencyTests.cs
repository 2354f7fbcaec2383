using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_creates_of_one_email_store_one_subscriber_and_report_one_creation()
    {
        using var sim = SequenzySim.Create();

        var replies = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            sim.PostAsync("/subscribers", $$"""{"email": "Same@Example.com", "tags": ["t{{i}}"], "duplicateStrategy": "merge"}""")));

        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        Assert.Single(replies, reply => reply.Subscriber.GetProperty("created").GetBoolean());
        var stored = Assert.Single(sim.Subscribers);
        Assert.Equal(40, stored.Tags.Count);
    }

    [Fact]
    public async Task An_externalId_alone_addresses_an_existing_subscriber()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "e@example.com", "externalId": "E-1"}""");

        var reply = await sim.CreateAsync("""{"externalId": "E-1", "firstName": "Eli", "duplicateStrategy": "merge"}""");

        Assert.True(reply.Subscriber.GetProperty("updated").GetBoolean());
        Assert.Equal("e@example.com", reply.Subscriber.GetProperty("email").GetString());
        Assert.Equal("Eli", sim.Stored("e@example.com").FirstName);
    }
}
