using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts.Rules;

public sealed class MtaPhoneNumbersTests
{
    [Theory]
    [InlineData(8002223333L, "+18002223333")]
    [InlineData(18002223333L, "+18002223333")]
    [InlineData(447911123456L, "+447911123456")]
    public void Numbers_follow_the_documented_examples(long number, string expected)
    {
        Assert.True(MtaPhoneNumbers.TryParseNumber(number, out var digits));
        Assert.Equal(expected, MtaPhoneNumbers.FormatE164(digits));
    }

    [Theory]
    // Decision: the provider shows 1112228904 as +1112228904, a number libphonenumber knows no country to issue.
    [InlineData(1112228904L)]
    [InlineData(123456789012345L)]
    [InlineData(12L)]
    public void Numbers_libphonenumber_calls_invalid_are_refused(long number)
    {
        Assert.False(MtaPhoneNumbers.TryParseNumber(number, out _));
    }

    [Theory]
    [InlineData("(800) 222-3333", "+18002223333")]
    [InlineData("800.222.3333", "+18002223333")]
    [InlineData("+44 7911123456", "+447911123456")]
    [InlineData("+1 914 844 2204", "+19148442204")]
    [InlineData("+447911123456", "+447911123456")]
    [InlineData("12345", null)]
    [InlineData("1234567890123456", null)]
    [InlineData("800-CALL-NOW", null)]
    public void Text_numbers_ignore_punctuation_but_not_letters(string text, string? expected)
    {
        var parsed = MtaPhoneNumbers.TryParseNumber(text, out var digits);
        Assert.Equal(expected is not null, parsed);
        if (expected is not null)
        {
            Assert.Equal(expected, MtaPhoneNumbers.FormatE164(digits));
        }
    }

    [Theory]
    [InlineData("+18002223333", true)]
    [InlineData("18002223333", false)]
    [InlineData("+08002223333", false)]
    [InlineData("+1800222333344445", false)]
    [InlineData("+1 800 222 3333", false)]
    // Right shape, but libphonenumber's metadata (the shared phone library) knows no such number.
    [InlineData("+10009148440", false)]
    [InlineData("+440207183875", false)]
    public void E164_is_strict(string text, bool valid)
    {
        Assert.Equal(valid, MtaPhoneNumbers.TryParseE164(text, out _));
    }

    [Fact]
    public void National_number_and_country_follow_the_examples()
    {
        Assert.Equal(8002223333L, MtaPhoneNumbers.NationalNumber(18002223333L));
        Assert.Equal(MtaPhoneNumbers.UnitedStatesCountryId, MtaPhoneNumbers.CountryId(18002223333L));
        Assert.Equal(447911123456L, MtaPhoneNumbers.NationalNumber(447911123456L));
        Assert.Equal(0, MtaPhoneNumbers.CountryId(447911123456L));
    }
}
