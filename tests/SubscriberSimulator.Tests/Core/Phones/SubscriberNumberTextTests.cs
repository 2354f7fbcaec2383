using SubscriberSimulator.Core.Phones;

namespace SubscriberSimulator.Tests.Core.Phones;

public sealed class SubscriberNumberTextTests
{
    [Theory]
    [InlineData("", nameof(PhoneRule.Empty))]
    [InlineData("no number", nameof(PhoneRule.NoDigits))]
    [InlineData("Phone: 914 844 0001", nameof(PhoneRule.TextAround))]
    [InlineData("*914 844 0001", nameof(PhoneRule.Symbols))]
    [InlineData("++1 914 844 0001", nameof(PhoneRule.Symbols))]
    [InlineData("914_844_0001", nameof(PhoneRule.Symbols))]
    [InlineData("+1 914 844 0001", null)]
    [InlineData("+1 (914) 844-0001 ext. 2", null)] // letters after the digits wait for the parser
    [InlineData("٩١٤٨٤٤٠٠٠١", null)]
    public void The_characters_alone_decide_some_rules(string text, string? rule)
    {
        Assert.Equal(rule, SubscriberNumberText.Scan(text).RuleBeforeParsing?.ToString());
    }

    [Theory]
    [InlineData("+1 914 844 0001 ext. 2", true, nameof(PhoneRule.Extension))]
    [InlineData("1-800-FLOWERS", false, nameof(PhoneRule.Letters))]
    [InlineData("914 844 0001 #", false, nameof(PhoneRule.Symbols))]
    [InlineData("914 844 0001", false, null)]
    public void After_parsing_an_extension_comes_before_letters_and_marks(string text, bool extensionFound, string? rule)
    {
        Assert.Equal(rule, SubscriberNumberText.Scan(text).RuleAfterParsing(extensionFound)?.ToString());
    }

    [Theory]
    [InlineData("+1 914", true)]
    [InlineData("(+1) 914", true)]
    [InlineData("1 914", false)]
    [InlineData("1+914", false)]
    public void A_plus_counts_only_before_the_digits(string text, bool hasPlus)
    {
        Assert.Equal(hasPlus, SubscriberNumberText.Scan(text).HasPlus);
    }
}
