using SubscriberSdk.Generator.Naming;

namespace SubscriberSdk.Generator.Tests.Naming;

/// <summary>Identifier rules shared by every writer.</summary>
public sealed class NameRulesTests
{
    [Theory]
    [InlineData("subscriber_id", "SubscriberId")]
    [InlineData("dry-run", "DryRun")]
    [InlineData("v2", "V2")]
    [InlineData("2fa", "Value2fa")]
    [InlineData("TEXT", "TEXT")]
    public void PascalCase(string input, string expected) => Assert.Equal(expected, NameRules.ToPascalCase(input));

    [Theory]
    [InlineData("TEXT", "Text")]
    [InlineData("OPT_IN", "OptIn")]
    [InlineData("double-opt-in", "DoubleOptIn")]
    [InlineData("camelValue", "CamelValue")]
    public void EnumMembers(string input, string expected) => Assert.Equal(expected, NameRules.ToEnumMemberName(input));

    [Theory]
    [InlineData("owner-id", "owner%2Did")]
    [InlineData("channel_sid", "channel_sid")]
    [InlineData("$select", "%24select")]
    public void TemplateNamesPercentEncodeWhatRfc6570Forbids(string input, string expected) => Assert.Equal(expected, NameRules.ToTemplateName(input));

    [Fact]
    public void MakeUniqueAppendsANumber()
    {
        var taken = new HashSet<string> { "Pet" };

        Assert.Equal("Pet2", NameRules.MakeUnique("Pet", taken));
        Assert.Equal("Pet3", NameRules.MakeUnique("Pet", taken));
    }
}
