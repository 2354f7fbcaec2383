using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Tests.Engines.Essential.Model;

public sealed class PropertyBagAndTagTests
{
    [Fact]
    public void Merging_keeps_unnamed_keys_and_lets_new_values_win()
    {
        var current = Bag("""{"a":"1","b":"2"}""");

        var merged = current.MergeWith(Bag("""{"b":"3","c":"4"}"""));

        Assert.Equal(["a=1", "b=3", "c=4"], merged.Entries.Select(e => $"{e.Key}={e.Value}"));
        Assert.Equal(["a=1", "b=2"], current.Entries.Select(e => $"{e.Key}={e.Value}"));
    }

    [Fact]
    public void Non_string_property_values_are_refused_naming_the_key()
    {
        var error = Assert.Throws<RequestRefusedException>(() => Bag("""{"n":1}"""));

        Assert.Contains("properties.n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_merge_adds_only_missing_sids_in_order()
    {
        Assert.Equal(["a", "b", "c"], TagSidList.Merge(["a", "b"], ["b", "c", "c"]));
        Assert.Equal(["x", "y"], TagSidList.Distinct(["x", "y", "x"]));
    }

    [Theory]
    [InlineData("ch_p03Gjl8Uzn0RkZSpHXHnrw", "p03Gjl8Uzn0RkZSpHXHnrw")]
    [InlineData("sub_daBoeXvpfadRPgyYaaZJpw", "daBoeXvpfadRPgyYaaZJpw")]
    [InlineData("ab_defghijklmnopqrstuv", "ab_defghijklmnopqrstuv")]
    [InlineData("Main", "Main")]
    public void Type_prefixes_are_stripped_only_from_prefixed_sids(string given, string expected)
    {
        Assert.Equal(expected, SidGenerator.StripPrefix(given));
    }

    private static PropertyBag Bag(string json) => PropertyBag.FromJson("properties", JsonDocument.Parse(json).RootElement);
}
