using SubscriberSimulator.Engines.Attentive;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Tests.Engines.Attentive.Model;

public sealed class IdentifierMergeTests
{
    [Fact]
    public void Custom_identifiers_merge_by_name_in_place_and_new_names_are_appended()
    {
        var stored = External(new("a", "1"), new("b", "2"));

        var merged = stored.MergeWith(External(new("c", "3"), new("a", "9"), new("c", "4")));

        Assert.Equal(["a=9", "b=2", "c=4"], merged.CustomIdentifiers.Select(custom => $"{custom.Name}={custom.Value}"));
        Assert.Equal(["a=1", "b=2"], stored.CustomIdentifiers.Select(custom => $"{custom.Name}={custom.Value}"));
    }

    [Fact]
    public void A_user_gains_only_identifiers_it_does_not_hold_in_the_order_given()
    {
        var phone = UserIdentifier.Phone("+12125550100");
        var user = AttentiveUser.New("user_1").WithIdentifiers([phone]);

        var linked = user.WithIdentifiers([UserIdentifier.Custom("k", "2"), phone, UserIdentifier.Custom("k", "1"), UserIdentifier.Custom("k", "2")]);

        Assert.Equal([phone, UserIdentifier.Custom("k", "2"), UserIdentifier.Custom("k", "1")], linked.Identifiers);
        Assert.Same(linked, linked.WithIdentifiers([phone, UserIdentifier.Custom("k", "1")]));
    }

    private static AttentiveExternalIdentifiers External(params AttentiveCustomIdentifier[] custom) => new(null, null, null, custom);
}
