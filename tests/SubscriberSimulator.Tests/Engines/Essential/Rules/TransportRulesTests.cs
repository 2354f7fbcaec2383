using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Tests.Engines.Essential.Rules;

public sealed class TransportRulesTests
{
    [Theory]
    [InlineData("5009998080", "+15009998080")]
    [InlineData("15009998080", "+15009998080")]
    [InlineData("+15009998080", "+15009998080")]
    [InlineData("55555", "55555")]
    [InlineData("123456", "123456")]
    public void Endpoints_are_us_numbers_in_e164_or_short_codes_as_given(string text, string expected) =>
        Assert.Equal(expected, TransportRules.ParseEndpoint("endpoint", text));

    [Theory]
    [InlineData("1234")]
    [InlineData("1234567")]
    [InlineData("5555a")]
    [InlineData("+445555")]
    public void Anything_else_is_a_400_naming_the_field(string text)
    {
        var refusal = Assert.Throws<RequestRefusedException>(() => TransportRules.ParseEndpoint("from_phone_number", text));

        Assert.Equal(400, refusal.Status);
        Assert.StartsWith("'from_phone_number'", refusal.Message, StringComparison.Ordinal);
    }
}
