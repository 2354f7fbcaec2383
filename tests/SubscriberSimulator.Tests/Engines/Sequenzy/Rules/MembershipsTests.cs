using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Tests.Engines.Sequenzy.Rules;

public sealed class MembershipsTests
{
    [Fact]
    public void Union_keeps_the_existing_order_and_appends_each_new_item_once()
    {
        Assert.Equal(["a", "b", "c", "d"], Memberships.Union(["a", "b"], ["b", "c", "c", "d", "a"]));
    }

    [Fact]
    public void Union_returns_the_same_array_when_nothing_is_new()
    {
        string[] existing = ["a", "b"];

        Assert.Same(existing, Memberships.Union(existing, ["b", "a"]));
        Assert.Same(existing, Memberships.Union(existing, []));
    }

    [Fact]
    public void Union_compares_ordinally()
    {
        Assert.Equal(["vip", "VIP"], Memberships.Union(["vip"], ["VIP"]));
    }
}
