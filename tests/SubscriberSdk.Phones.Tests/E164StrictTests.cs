namespace SubscriberSdk.Phones.Tests;

/// <summary>The strict E.164 form Attentive requires: '+', country code, national number, at most 15 digits.</summary>
public sealed class E164StrictTests
{
    [Theory]
    [InlineData("", PhoneParseError.Empty)]
    [InlineData("+44 20 7183 8750", PhoneParseError.NotE164)]
    [InlineData(" +442071838750", PhoneParseError.NotE164)]
    [InlineData("+442071838750\n", PhoneParseError.NotE164)]
    [InlineData("＋442071838750", PhoneParseError.NotE164)]
    [InlineData("+", PhoneParseError.TooShort)]
    [InlineData("+1234567890123456", PhoneParseError.TooLong)]
    [InlineData("+0442071838750", PhoneParseError.InvalidCountryCode)]
    [InlineData("+9992071838750", PhoneParseError.InvalidCountryCode)]
    [InlineData("+4402071838750", PhoneParseError.TooLong)] // no national prefix inside E.164
    [InlineData("+10148440001", PhoneParseError.InvalidNumber)]
    [InlineData("+1914844000", PhoneParseError.TooShort)]
    [InlineData("+1", PhoneParseError.TooShort)]
    public void Rejects_with_the_reason(string text, PhoneParseError expected)
    {
        Assert.False(PhoneNumbers.TryParseE164Strict(text, out var number, out var error));

        Assert.Equal(expected, error);
        Assert.True(number.IsEmpty);
    }

    [Fact]
    public void Accepts_fifteen_digits_when_the_country_uses_them()
    {
        // Some countries have numbers of 15 digits in all (country code included), the E.164 maximum.
        var longest = LibphonenumberJsVectors.All
            .Where(v => v.Valid && v.E164.Length == 16)
            .Select(v => v.E164)
            .First();

        Assert.True(PhoneNumbers.TryParseE164Strict(longest, out var number, out _));
        Assert.Equal(longest, number.E164);
    }

    [Fact]
    public void Parse_throws_with_the_reason()
    {
        var exception = Assert.Throws<PhoneNumberParseException>(() => PhoneNumbers.ParseE164Strict("+10148440001"));

        Assert.Equal(PhoneParseError.InvalidNumber, exception.Error);
    }
}
