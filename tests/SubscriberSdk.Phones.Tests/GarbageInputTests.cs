namespace SubscriberSdk.Phones.Tests;

/// <summary>What is not a phone number is rejected with the reason, by TryParse without throwing.</summary>
public sealed class GarbageInputTests
{
    private const string FortyDigits = "1234567890123456789012345678901234567890";

    [Theory]
    [InlineData(null, null, PhoneParseError.Empty)]
    [InlineData("", null, PhoneParseError.Empty)]
    [InlineData("   ", "US", PhoneParseError.Empty)]
    [InlineData("call me", "US", PhoneParseError.NotANumber)]
    [InlineData("914-844-ABCD", "US", PhoneParseError.NotANumber)]
    [InlineData("1-800-FLOWERS", "US", PhoneParseError.NotANumber)]
    [InlineData("914 844 0001 ext. 12", "US", PhoneParseError.NotANumber)]
    [InlineData("+", null, PhoneParseError.NotANumber)]
    [InlineData("+", "US", PhoneParseError.NotANumber)]
    [InlineData("++19148440001", null, PhoneParseError.NotANumber)]
    [InlineData("1+9148440001", "US", PhoneParseError.NotANumber)]
    [InlineData("+" + FortyDigits, null, PhoneParseError.TooLong)]
    [InlineData(FortyDigits, "US", PhoneParseError.TooLong)]
    [InlineData("5", "US", PhoneParseError.TooShort)]
    [InlineData("+1", null, PhoneParseError.TooShort)]
    [InlineData("+0 914 844 0001", null, PhoneParseError.InvalidCountryCode)]
    [InlineData("+999 123 4567", null, PhoneParseError.InvalidCountryCode)]
    [InlineData("914 844 0001", null, PhoneParseError.MissingCountryCode)]
    [InlineData("914 844 0001", "XX", PhoneParseError.UnknownRegion)]
    [InlineData("914 844 0001", "USA", PhoneParseError.UnknownRegion)]
    public void TryParse_rejects_with_the_reason(string? text, string? region, PhoneParseError expected)
    {
        var parsed = PhoneNumbers.TryParse(text, region, out var number, out var error);

        Assert.False(parsed);
        Assert.Equal(expected, error);
        Assert.True(number.IsEmpty);
    }

    [Fact]
    public void Input_longer_than_libphonenumber_accepts_is_too_long()
    {
        var text = new string('1', 251);

        Assert.False(PhoneNumbers.TryParse(text, "US", out _, out var error));
        Assert.Equal(PhoneParseError.TooLong, error);
    }

    [Theory]
    [InlineData("letters", PhoneParseError.NotANumber, "not a phone number")]
    [InlineData("+999 123 4567", PhoneParseError.InvalidCountryCode, "country calling code")]
    [InlineData("+1", PhoneParseError.TooShort, "too short")]
    public void Parse_throws_an_exception_that_says_what_is_wrong(string text, PhoneParseError expected, string phrase)
    {
        var exception = Assert.Throws<PhoneNumberParseException>(() => PhoneNumbers.Parse(text));

        Assert.Equal(expected, exception.Error);
        Assert.Contains(phrase, exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Error_messages_never_contain_the_number()
    {
        foreach (var text in new[] { "+1 000 844 0001", "+44 20 7183 875", "914 844 0001 x9", "+999 123 4567" })
        {
            if (!PhoneNumbers.TryParseValid(text, null, out _, out var error))
            {
                var message = new PhoneNumberParseException(error).Message;
                Assert.DoesNotContain("844", message);
                Assert.DoesNotContain("7183", message);
                Assert.DoesNotContain("4567", message);
            }
        }
    }

    [Fact]
    public void Every_error_has_its_own_message()
    {
        var messages = Enum.GetValues<PhoneParseError>().Select(PhoneNumbers.Describe).ToList();

        Assert.Equal(messages.Count, messages.Distinct().Count());
    }
}
