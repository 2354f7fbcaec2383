using SubscriberSdk.Phones.Internal;

namespace SubscriberSdk.Phones.Tests.Internal;

public sealed class MetadataPatternTests
{
    [Fact]
    public void Entire_anchoring_needs_the_whole_string_and_ignores_a_trailing_newline_trick()
    {
        var pattern = new MetadataPattern("\\d{3}", PatternAnchoring.Entire);

        Assert.True(pattern.IsMatch("123"));
        Assert.False(pattern.IsMatch("1234"));
        Assert.False(pattern.IsMatch("123\n"));
    }

    [Fact]
    public void Prefix_anchoring_matches_at_the_start_only()
    {
        var pattern = new MetadataPattern("0|180020", PatternAnchoring.Prefix);

        Assert.True(pattern.IsMatch("02071838750"));
        Assert.False(pattern.IsMatch("2071838750"));
        Assert.Equal(6, new MetadataPattern("180020", PatternAnchoring.Prefix).MatchLength("1800201234"));
        Assert.Equal(-1, pattern.MatchLength("2071838750"));
    }

    [Fact]
    public void Hot_patterns_get_compiled_and_keep_matching_the_same()
    {
        var pattern = new MetadataPattern("[2-9]\\d{9}", PatternAnchoring.Entire);

        for (var i = 0; i < MetadataPattern.CompileAfterUses + 10; i++)
        {
            Assert.True(pattern.IsMatch("9148440001"));
        }

        Assert.False(pattern.IsMatch("1148440001"));
    }
}
