using SubscriberSimulator.Core.Outbox;

namespace SubscriberSimulator.Tests.Core.Outbox;

public sealed class OutboxTests
{
    private static OutboxMessage Message(string id, string provider, string tenant) =>
        new(id, provider, tenant, "sms", "+15550000000", "welcome", "Hi", DateTimeOffset.UnixEpoch, new Dictionary<string, string> { ["k"] = "v" });

    [Fact]
    public void ListFiltersByProviderAndTenantInCommitOrder()
    {
        var outbox = new SubscriberSimulator.Core.Outbox.Outbox(new SimulatorOptions());
        outbox.Add(Message("1", "mta", "a"));
        outbox.AddRange([Message("2", "essential", "a"), Message("3", "mta", "b")]);

        Assert.Equal(["1", "2", "3"], outbox.List().Select(m => m.Id));
        Assert.Equal(["1", "3"], outbox.List("MTA").Select(m => m.Id));
        Assert.Equal(["3"], outbox.List("mta", "b").Select(m => m.Id));
        Assert.Empty(outbox.List("attentive"));
    }

    [Fact]
    public void OldestMessagesAreDroppedPastCapacity()
    {
        var outbox = new SubscriberSimulator.Core.Outbox.Outbox(new SimulatorOptions { OutboxCapacity = 10 });
        for (var i = 0; i < 25; i++)
        {
            outbox.Add(Message(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "mta", "a"));
        }

        Assert.InRange(outbox.Count, 1, 10);
        Assert.Equal("24", outbox.List()[^1].Id);
    }

    [Fact]
    public void StateRoundTripsAndIdsContinue()
    {
        var outbox = new SubscriberSimulator.Core.Outbox.Outbox(new SimulatorOptions());
        var first = outbox.NewId();
        outbox.Add(Message(first, "mta", "a"));
        var state = outbox.ExportState();

        var restored = new SubscriberSimulator.Core.Outbox.Outbox(new SimulatorOptions());
        restored.ImportState(state);
        var message = Assert.Single(restored.List());
        Assert.Equal(first, message.Id);
        Assert.Equal("v", message.Metadata["k"]);
        Assert.NotEqual(first, restored.NewId());

        restored.Reset();
        Assert.Empty(restored.List());
    }
}
