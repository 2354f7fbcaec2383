using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Tests.Internal.Phones;

public sealed class PhoneRuleTextTests
{
    [Fact]
    public void Every_rule_has_words_that_read_after_a_field_name()
    {
        foreach (var rule in Enum.GetValues<PhoneRule>())
        {
            var words = PhoneRuleText.Describe(rule);

            Assert.Matches("^(is|has|contains|must|does) ", words);
            Assert.False(words.EndsWith('.'), $"{rule}: the caller closes the sentence");
        }
    }

    [Fact]
    public void No_two_rules_share_their_words()
    {
        var words = Enum.GetValues<PhoneRule>().Select(PhoneRuleText.Describe).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
    }
}
