using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Tests.Engines.Essential.Rules;

public sealed class EmailAddressRuleTests
{
    [Fact]
    public void A_valid_address_is_trimmed_and_lower_cased()
    {
        Assert.Equal("joe.smith@example.com", EmailAddressRule.Normalize("email_address", "  Joe.Smith@Example.COM "));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("@example.com")]
    [InlineData("joe@")]
    [InlineData("joe@example")]
    [InlineData("joe@@example.com")]
    [InlineData("jo e@example.com")]
    [InlineData("joe@.example.com")]
    [InlineData("joe@example..com")]
    [InlineData("joe@example.com.")]
    public void Implausible_addresses_are_refused_without_echoing_them(string address)
    {
        var error = Assert.Throws<RequestRefusedException>(() => EmailAddressRule.Normalize("email_address", address));

        Assert.Equal(400, error.Status);
        Assert.DoesNotContain(address.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Addresses_longer_than_254_characters_are_refused()
    {
        Assert.False(EmailAddressRule.IsPlausible(new string('a', 250) + "@b.co"));
    }
}
