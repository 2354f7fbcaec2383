using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Tests.Internal.Phones;

public sealed class PhoneReaderTests
{
    [Theory]
    // "1 + 7 digits" dialled in the Bahamas: libphonenumber adds the area code (the removed port read +18270150).
    [InlineData("18270150", "BS", "+12428270150")]
    [InlineData("(1234) 56-78", "LC", "+17582345678")]
    [InlineData("020 7183 8750", "GB", "+442071838750")]
    [InlineData("(914) 844-0001", "US", "+19148440001")]
    [InlineData("9148449011", "US", "+19148449011")]
    [InlineData("011 44 20 7183 8750", "US", "+442071838750")]
    [InlineData("00 1 914 844 0001", "FR", "+19148440001")]
    [InlineData("+1 914 844 2204", "GB", "+19148442204")]
    public void National_and_international_numbers_read_as_libphonenumber_does(string text, string region, string expected)
    {
        Assert.Equal(PhoneReading.Accepted(expected), PhoneReader.Read(text, PhoneForm.NationalOrInternational, region));
    }

    [Fact]
    public void A_Jersey_0800_number_is_not_taken_for_a_UK_toll_free_number()
    {
        Assert.Equal(PhoneReading.Refused(PhoneRule.NotValidForRegion), PhoneReader.Read("0800 754567", PhoneForm.NationalOrInternational, "JE"));
        Assert.Equal(PhoneReading.Accepted("+44800754567"), PhoneReader.Read("0800 754567", PhoneForm.NationalOrInternational, "GB"));
    }

    [Theory]
    [InlineData("९१४८४४०००१")] // Devanagari
    [InlineData("৯১৪৮৪৪০০০১")] // Bengali
    [InlineData("๙๑๔๘๔๔๐๐๐๑")] // Thai
    [InlineData("٩١٤ ٨٤٤ ٠٠٠١")] // Arabic-Indic, with spaces
    [InlineData("＋１ ９１４ ８４４ ０００１")] // full-width plus and digits
    public void Digits_of_other_scripts_are_read_as_digits(string text)
    {
        Assert.Equal(PhoneReading.Accepted("+19148440001"), PhoneReader.Read(text, PhoneForm.NationalOrInternational, "US"));
    }

    [Fact]
    public void Digits_of_other_scripts_are_read_in_every_form()
    {
        Assert.Equal(PhoneReading.Accepted("+19148440001"), PhoneReader.Read("+१९१४८४४०००१", PhoneForm.E164Only, "US"));
        Assert.Equal(PhoneReading.Accepted("+19148440001"), PhoneReader.Read("১৯১৪৮৪৪০০০১", PhoneForm.UsNumber, "US"));
    }

    [Theory]
    [InlineData("", nameof(PhoneRule.Empty))]
    [InlineData("   ", nameof(PhoneRule.Empty))]
    [InlineData("not a phone", nameof(PhoneRule.NoDigits))]
    [InlineData("+", nameof(PhoneRule.NoDigits))]
    [InlineData("Tel: +1 914 844 0001", nameof(PhoneRule.TextAround))]
    [InlineData("call +1 914 844 0001 now", nameof(PhoneRule.TextAround))]
    [InlineData("tel:+19148440001", nameof(PhoneRule.TextAround))]
    [InlineData("+1 914 844 0001 ext. 12", nameof(PhoneRule.Extension))]
    [InlineData("+1 914 844 0001 x12", nameof(PhoneRule.Extension))]
    [InlineData("+19148440001;ext=12", nameof(PhoneRule.Extension))]
    [InlineData("+19148440001 #12", nameof(PhoneRule.Extension))]
    [InlineData("+19148440001,12", nameof(PhoneRule.Extension))]
    [InlineData("1-800-FLOWERS", nameof(PhoneRule.Letters))]
    [InlineData("+1 800 FLOWERS", nameof(PhoneRule.Letters))]
    [InlineData("+19148440001 mobile", nameof(PhoneRule.Letters))]
    [InlineData("+1 914*844*0001", nameof(PhoneRule.Symbols))]
    [InlineData("+1 914~844~0001", nameof(PhoneRule.Symbols))]
    [InlineData("++19148440001", nameof(PhoneRule.Symbols))]
    [InlineData("914 844 0001 #", nameof(PhoneRule.Symbols))]
    [InlineData("+999 1234 5678", nameof(PhoneRule.UnknownCountryCode))]
    [InlineData("+1 12", nameof(PhoneRule.TooShort))]
    [InlineData("1", nameof(PhoneRule.TooShort))]
    [InlineData("+1 914 844 00012", nameof(PhoneRule.TooLong))]
    [InlineData("+1 311 555 2368", nameof(PhoneRule.NotValidForRegion))]
    [InlineData("1112228904", nameof(PhoneRule.NotValidForRegion))]
    public void What_a_subscriber_number_may_not_be_is_named_by_its_rule(string text, string rule)
    {
        PhoneAssert.Refused(rule, PhoneReader.Read(text, PhoneForm.NationalOrInternational, "US"));
    }

    [Theory]
    [InlineData("+19148440001", "+19148440001")]
    [InlineData("+442071838750", "+442071838750")]
    [InlineData("+551155256325", "+551155256325")]
    public void E164_only_takes_the_plus_the_code_and_the_digits(string text, string expected)
    {
        Assert.Equal(PhoneReading.Accepted(expected), PhoneReader.Read(text, PhoneForm.E164Only, "US"));
    }

    [Theory]
    [InlineData("19148440001", nameof(PhoneRule.NotE164))]
    [InlineData("+1---914---844---0001", nameof(PhoneRule.NotE164))]
    [InlineData("1 () 914 844 0001", nameof(PhoneRule.NotE164))]
    [InlineData("+1 914 844 0001", nameof(PhoneRule.NotE164))]
    [InlineData("+19148440001 x2", nameof(PhoneRule.Extension))]
    [InlineData("+10009148440", nameof(PhoneRule.NotValidForRegion))]
    [InlineData("+440207183875", nameof(PhoneRule.NotValidForRegion))]
    public void E164_only_refuses_other_forms_by_name(string text, string rule)
    {
        PhoneAssert.Refused(rule, PhoneReader.Read(text, PhoneForm.E164Only, "GB"));
    }

    [Theory]
    [InlineData("5009998080")]
    [InlineData("15009998080")]
    [InlineData("+15009998080")]
    [InlineData("(500) 999-8080")]
    [InlineData("+1 500 999 8080")]
    public void The_US_form_takes_10_digits_11_starting_with_1_or_plus_1(string text)
    {
        Assert.Equal(PhoneReading.Accepted("+15009998080"), PhoneReader.Read(text, PhoneForm.UsNumber, "GB"));
    }

    [Theory]
    [InlineData("+442071838750", nameof(PhoneRule.NotUsNumber))]
    [InlineData("+5009998080", nameof(PhoneRule.NotUsNumber))]
    [InlineData("500999808", nameof(PhoneRule.NotUsNumber))]
    [InlineData("25009998080", nameof(PhoneRule.NotUsNumber))]
    [InlineData("0116834002", nameof(PhoneRule.NotUsNumber))] // ten digits that dial Niue from the US
    [InlineData("5555555555", nameof(PhoneRule.NotValidForRegion))]
    [InlineData("1005559999", nameof(PhoneRule.NotValidForRegion))]
    public void The_US_form_refuses_the_rest_by_name(string text, string rule)
    {
        PhoneAssert.Refused(rule, PhoneReader.Read(text, PhoneForm.UsNumber, "US"));
    }
}
