namespace SubscriberSdk.Phones.Tests;

/// <summary>Attentive's documented E.164 examples (seed 002).</summary>
public sealed class SeedExampleTests
{
    [Theory]
    [InlineData("+19148440001", 1, "9148440001", "US")]
    [InlineData("+442071838750", 44, "2071838750", "GB")]
    [InlineData("+551155256325", 55, "1155256325", "BR")]
    public void Documented_valid_examples_are_valid_strict_E164(string text, int countryCode, string nationalNumber, string region)
    {
        var number = PhoneNumbers.ParseE164Strict(text);

        Assert.Equal(text, number.E164);
        Assert.Equal(countryCode, number.CountryCode);
        Assert.Equal(nationalNumber, number.NationalNumber);
        Assert.Equal(region, number.RegionCode);
        Assert.True(number.IsValid);
    }

    [Theory]
    [InlineData("19148440001")]
    [InlineData("+1---914---844---0001")]
    [InlineData("1 () 914 844 0001")]
    public void Documented_invalid_examples_are_rejected_as_not_E164(string text)
    {
        var accepted = PhoneNumbers.TryParseE164Strict(text, out var number, out var error);

        Assert.False(accepted);
        Assert.Equal(PhoneParseError.NotE164, error);
        Assert.True(number.IsEmpty);
    }

    [Theory]
    [InlineData("+1---914---844---0001")]
    [InlineData("1 () 914 844 0001")]
    public void Documented_invalid_examples_are_still_the_same_number_to_the_lenient_parser(string text)
    {
        var number = PhoneNumbers.ParseValid(text, "US");

        Assert.Equal("+19148440001", number.E164);
    }

    [Fact]
    public void Strict_parse_exception_says_what_is_wrong_without_the_number()
    {
        var exception = Assert.Throws<PhoneNumberParseException>(() => PhoneNumbers.ParseE164Strict("19148440001"));

        Assert.Equal(PhoneParseError.NotE164, exception.Error);
        Assert.Contains("E.164", exception.Message);
        Assert.DoesNotContain("9148440001", exception.Message);
    }
}
