using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Tests.Engines.Essential.Rules;

public sealed class UsPhoneNumberTests
{
    [Theory]
    [InlineData("5009998080")]
    [InlineData("15009998080")]
    [InlineData("+15009998080")]
    public void The_three_accepted_forms_parse_to_the_same_number(string text)
    {
        Assert.True(UsPhoneNumber.TryParse(text, out var number));
        Assert.Equal("5009998080", UsPhoneNumber.ToTenDigits(number));
        Assert.Equal("+15009998080", UsPhoneNumber.ToE164(number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("500999808")]
    [InlineData("50099980801")]
    [InlineData("+25009998080")]
    [InlineData("1500999808a")]
    [InlineData("1005559999")]
    [InlineData("5001559999")]
    [InlineData(" 5009998080")]
    [InlineData("5555555555")]
    public void Other_forms_and_impossible_numbers_are_refused(string text)
    {
        Assert.False(UsPhoneNumber.TryParse(text, out _));
        var error = Assert.Throws<RequestRefusedException>(() => UsPhoneNumber.Parse("phone_number", text));
        Assert.Equal(400, error.Status);
        Assert.Contains("phone_number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_masked_form_shows_only_the_last_four_digits()
    {
        UsPhoneNumber.TryParse("5009998080", out var number);

        Assert.Equal("******8080", UsPhoneNumber.Masked(number));
    }
}
