namespace SubscriberSdk.Phones.Tests;

/// <summary>Parsing national and international forms: prefixes, carrier codes, default regions.</summary>
public sealed class ParsingTests
{
    [Theory]
    [InlineData("(914) 844-0001", "US", "+19148440001")]
    [InlineData("914.844.0001", "US", "+19148440001")]
    [InlineData("1 914 844 0001", "US", "+19148440001")]
    [InlineData("+1 (914) 844-0001", null, "+19148440001")]
    [InlineData("011 44 20 7183 8750", "US", "+442071838750")]
    [InlineData("020 7183 8750", "GB", "+442071838750")]
    [InlineData("+44 (0)20 7183 8750", null, "+442071838750")]
    [InlineData("00 1 914 844 0001", "GB", "+19148440001")]
    [InlineData("(11) 5525-6325", "BR", "+551155256325")]
    [InlineData("0 21 11 5525-6325", "BR", "+551155256325")] // national prefix 0 and carrier code 21
    [InlineData("8 (800) 555-35-35", "RU", "+78005553535")] // 8 is the national prefix here...
    [InlineData("+7 800 555 35 35", null, "+78005553535")]
    [InlineData("011 15-2345-6789", "AR", "+5491123456789")] // mobile: 0 and 15 become the 9 prefix
    [InlineData("201-1234", "VI", "+13402011234")] // seven local digits: the transform rule adds area code 340
    [InlineData("＋４４ ２０ ７１８３ ８７５０", null, "+442071838750")] // full-width digits and plus
    [InlineData("  +19148440001  ", null, "+19148440001")]
    public void Parses_to_E164(string text, string? region, string e164)
    {
        var number = PhoneNumbers.Parse(text, region);

        Assert.Equal(e164, number.E164);
        Assert.True(number.IsValid);
    }

    [Fact]
    public void Region_of_a_shared_country_code_comes_from_the_number()
    {
        Assert.Equal("CA", PhoneNumbers.Parse("+1 604 555 0123").RegionCode);
        Assert.Equal("US", PhoneNumbers.Parse("+1 914 844 0001").RegionCode);
        Assert.Equal("JM", PhoneNumbers.Parse("(876) 512-3456", "US").RegionCode);
        Assert.Equal("KZ", PhoneNumbers.Parse("+7 701 123 4567").RegionCode);
    }

    [Fact]
    public void Default_region_is_case_insensitive()
    {
        Assert.Equal("+442071838750", PhoneNumbers.Parse("020 7183 8750", "gb").E164);
    }

    [Fact]
    public void Canonical_E164_input_is_returned_as_is()
    {
        const string text = "+442071838750";

        var number = PhoneNumbers.Parse(text);

        Assert.Same(text, number.E164);
    }

    [Fact]
    public void A_number_that_parses_can_still_be_invalid()
    {
        // The right length, but no area code starts with 0.
        var number = PhoneNumbers.Parse("+1 000 844 0001");

        Assert.False(number.IsValid);
        Assert.Equal(PhoneNumberType.Unknown, number.Type);
        Assert.False(PhoneNumbers.TryParseValid("+1 000 844 0001", null, out _, out var error));
        Assert.Equal(PhoneParseError.InvalidNumber, error);
    }

    [Theory]
    [InlineData("+44 2071 8387", PhoneParseError.InvalidLength)] // GB uses 7, 9 and 10 digits
    [InlineData("+44 20 7183 87500", PhoneParseError.TooLong)]
    [InlineData("+44 20 7183 875", PhoneParseError.InvalidNumber)] // 9 digits exist, but not in London
    [InlineData("+1 914 844 00", PhoneParseError.TooShort)]
    public void Validation_checks_the_length_first(string text, PhoneParseError expected)
    {
        Assert.False(PhoneNumbers.TryParseValid(text, null, out var number, out var error));

        Assert.Equal(expected, error);
        Assert.True(number.IsEmpty);
    }

    [Theory]
    [InlineData("+442071838750", PhoneNumberType.FixedLine)]
    [InlineData("+447400123456", PhoneNumberType.Mobile)]
    [InlineData("+448001234567", PhoneNumberType.TollFree)]
    [InlineData("+449012345678", PhoneNumberType.PremiumRate)]
    [InlineData("+445612345678", PhoneNumberType.Voip)]
    [InlineData("+447012345678", PhoneNumberType.PersonalNumber)]
    [InlineData("+19148440001", PhoneNumberType.FixedLineOrMobile)]
    [InlineData("+18005550123", PhoneNumberType.TollFree)]
    [InlineData("+80012345678", PhoneNumberType.TollFree)]
    public void Reports_the_number_type(string text, PhoneNumberType type)
    {
        Assert.Equal(type, PhoneNumbers.Parse(text).Type);
    }

    [Fact]
    public void Non_geographic_numbers_have_region_001()
    {
        var number = PhoneNumbers.Parse("+800 1234 5678");

        Assert.Equal(PhoneNumbers.NonGeographicRegion, number.RegionCode);
        Assert.Equal(800, number.CountryCode);
        Assert.True(number.IsValid);
    }
}
