using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Tests.Engines.Sequenzy.Rules;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData(" Jane.Doe@Example.COM ", "jane.doe@example.com")]
    [InlineData("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk")]
    public void Valid_addresses_are_trimmed_and_lowercased(string raw, string expected) => Assert.Equal(expected, EmailAddress.TryNormalize(raw));

    [Theory]
    [InlineData("plain")]
    [InlineData("@example.com")]
    [InlineData("a@b")]
    [InlineData("a@@example.com")]
    [InlineData("a b@example.com")]
    [InlineData("a@example..com")]
    [InlineData("a@example.com.")]
    public void Implausible_addresses_are_refused(string raw) => Assert.Null(EmailAddress.TryNormalize(raw));
}
