namespace SubscriberSdk.Phones.Tests;

/// <summary>North American Numbering Plan rules: NXX-NXX-XXXX, N = 2-9.</summary>
public sealed class NanpNumbersTests
{
    [Theory]
    [InlineData("+10148440001")] // area code starts with 0
    [InlineData("+11148440001")] // area code starts with 1
    [InlineData("+19140440001")] // exchange code starts with 0
    [InlineData("+19141440001")] // exchange code starts with 1
    public void Area_and_exchange_codes_starting_with_0_or_1_are_invalid(string text)
    {
        Assert.False(PhoneNumbers.IsValid(text));
        Assert.False(NanpNumbers.HasNanpShape(text.AsSpan(2)));
    }

    [Theory]
    [InlineData("9148440001")]
    [InlineData("2125550123")]
    public void Well_formed_numbers_have_the_NANP_shape(string tenDigits)
    {
        Assert.True(NanpNumbers.HasNanpShape(tenDigits));
    }

    [Theory]
    [InlineData("914844000")]
    [InlineData("91484400011")]
    [InlineData("914844000a")]
    public void Other_lengths_and_characters_do_not_have_the_NANP_shape(string text)
    {
        Assert.False(NanpNumbers.HasNanpShape(text));
    }

    [Theory]
    [InlineData("9148440001")]
    [InlineData("19148440001")]
    [InlineData("+19148440001")]
    public void Essential_forms_give_ten_digits(string text)
    {
        Assert.True(NanpNumbers.TryGetTenDigits(text, out var tenDigits, out var error));

        Assert.Equal("9148440001", tenDigits);
        Assert.Equal(PhoneParseError.None, error);
    }

    [Theory]
    [InlineData("", PhoneParseError.Empty)]
    [InlineData("(914) 844-0001", PhoneParseError.NotANumber)]
    [InlineData("914844000", PhoneParseError.TooShort)]
    [InlineData("29148440001", PhoneParseError.TooLong)] // 11 digits must start with 1
    [InlineData("+442071838750", PhoneParseError.InvalidCountryCode)]
    [InlineData("+191484400011", PhoneParseError.TooLong)]
    [InlineData("1148440001", PhoneParseError.InvalidNumber)]
    public void Other_forms_are_rejected_with_the_reason(string text, PhoneParseError expected)
    {
        Assert.False(NanpNumbers.TryGetTenDigits(text, out var tenDigits, out var error));

        Assert.Null(tenDigits);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void NANP_numbers_of_every_NANP_region_are_flagged()
    {
        Assert.True(PhoneNumbers.Parse("+1 604 555 0123").IsNanp);
        Assert.True(PhoneNumbers.Parse("+1 876 512 3456").IsNanp);
        Assert.False(PhoneNumbers.Parse("+44 20 7183 8750").IsNanp);
    }
}
