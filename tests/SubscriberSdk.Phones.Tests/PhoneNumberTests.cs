namespace SubscriberSdk.Phones.Tests;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+19148440001", PhoneNumberFormat.E164, "+19148440001")]
    [InlineData("+19148440001", PhoneNumberFormat.International, "+1 914 844 0001")]
    [InlineData("+19148440001", PhoneNumberFormat.National, "(914) 844-0001")]
    [InlineData("+442071838750", PhoneNumberFormat.International, "+44 20 7183 8750")]
    [InlineData("+442071838750", PhoneNumberFormat.National, "020 7183 8750")]
    [InlineData("+551155256325", PhoneNumberFormat.National, "(11) 5525-6325")]
    public void Formats(string e164, PhoneNumberFormat format, string expected)
    {
        Assert.Equal(expected, PhoneNumbers.Parse(e164).Format(format));
    }

    [Fact]
    public void Masked_form_keeps_only_the_country_code_and_last_two_digits()
    {
        Assert.Equal("+1********01", PhoneNumbers.Parse("+19148440001").ToMaskedString());
        Assert.Equal("+44********50", PhoneNumbers.Parse("+442071838750").ToMaskedString());
    }

    [Fact]
    public void Numbers_are_equal_when_their_E164_forms_are()
    {
        var a = PhoneNumbers.Parse("(914) 844-0001", "US");
        var b = PhoneNumbers.Parse("+1 914 844 0001");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, PhoneNumbers.Parse("+19148440002"));
    }

    [Fact]
    public void Default_value_is_empty_and_harmless()
    {
        var empty = default(PhoneNumber);

        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.E164);
        Assert.Equal(string.Empty, empty.Format(PhoneNumberFormat.International));
        Assert.Equal(string.Empty, empty.ToMaskedString());
        Assert.Null(empty.RegionCode);
        Assert.False(empty.IsValid);
    }

    [Fact]
    public void Exposes_national_number_and_length_verdict()
    {
        var number = PhoneNumbers.Parse("+442071838750");

        Assert.Equal("2071838750", number.NationalNumber);
        Assert.True(number.NationalNumberDigits.SequenceEqual("2071838750"));
        Assert.True(number.IsPossible);
        Assert.Equal(PhoneNumberLengthResult.IsPossible, number.LengthResult);
        Assert.Equal("+442071838750", number.ToString());
    }

    [Fact]
    public void Country_codes_of_regions()
    {
        Assert.Equal(1, PhoneNumbers.GetCountryCode("US"));
        Assert.Equal(44, PhoneNumbers.GetCountryCode("gb"));
        Assert.Throws<ArgumentException>(() => PhoneNumbers.GetCountryCode("XX"));
    }
}
