using System.Net;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Tests.Engines.Sequenzy.Rules;

public sealed class TagNormalizerTests
{
    [Theory]
    [InlineData("Pro Customer", "pro-customer")]
    [InlineData("VIP_User", "vip-user")]
    [InlineData("Newsletter!", "newsletter")]
    [InlineData("saas.monthly", "saas.monthly")]
    [InlineData("  Two   Spaces__and_Underscores ", "two-spaces-and-underscores")]
    [InlineData("already-hyphenated", "already-hyphenated")]
    [InlineData("Ünïcode Tag", "ünïcode-tag")]
    public void Normalises_like_sequenzy(string raw, string expected) => Assert.Equal(expected, TagNormalizer.Normalize(raw));

    [Fact]
    public void A_tag_with_nothing_left_is_refused_and_duplicates_collapse()
    {
        Assert.Null(TagNormalizer.Normalize("!?!"));
        var error = Assert.Throws<RequestRefusedException>(() => TagNormalizer.NormalizeAll(["ok", "###"], "tags"));
        Assert.Equal((int)HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(["vip", "lead"], TagNormalizer.NormalizeAll(["VIP", "vip", "Lead", "LEAD!"], "tags"));
    }
}
