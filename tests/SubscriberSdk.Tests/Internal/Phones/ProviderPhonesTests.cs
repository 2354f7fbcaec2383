using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Tests.Internal.Phones;

/// <summary>The providers' documented examples (reference notes and seeds), read in each provider's form.</summary>
public sealed class ProviderPhonesTests
{
    [Theory]
    [InlineData("+19148440001")]
    [InlineData("+442071838750")]
    [InlineData("+551155256325")]
    public void Attentive_accepts_its_documented_valid_examples(string phone)
    {
        Assert.Equal(PhoneReading.Accepted(phone), PhoneReader.Read(phone, ProviderPhones.Attentive, "US"));
    }

    [Theory]
    [InlineData("19148440001", nameof(PhoneRule.NotE164))]
    [InlineData("+1---914---844---0001", nameof(PhoneRule.NotE164))]
    [InlineData("1 () 914 844 0001", nameof(PhoneRule.NotE164))]
    // The subscribe reference's example user: area code 311 is an N11 service code, never assigned to numbers.
    [InlineData("+13115552368", nameof(PhoneRule.NotValidForRegion))]
    public void Attentive_refuses_its_documented_invalid_examples(string phone, string rule)
    {
        PhoneAssert.Refused(rule, PhoneReader.Read(phone, ProviderPhones.Attentive, "US"));
    }

    [Fact]
    public void Attentive_imports_read_national_numbers_with_the_clients_region()
    {
        Assert.Equal(PhoneReading.Accepted("+442071838750"), PhoneReader.Read("020 7183 8750", ProviderPhones.AttentiveImport, "GB"));
    }

    [Theory]
    [InlineData("15009998080")] // the create example; answered as 5009998080
    [InlineData("5009998080")]
    [InlineData("+15009998080")]
    [InlineData("+12067251311")] // the message objects' E.164 form
    public void Essential_accepts_its_documented_forms(string phone)
    {
        var reading = PhoneReader.Read(phone, ProviderPhones.Essential, "GB");

        Assert.NotNull(reading.E164);
        Assert.Equal(PhoneNumbersDigits(phone)[^10..], reading.E164[2..]);
    }

    [Theory]
    [InlineData("+442071838750", nameof(PhoneRule.NotUsNumber))]
    [InlineData("500999808", nameof(PhoneRule.NotUsNumber))]
    // A placeholder in Essential's sample output: area code 555 is not assigned.
    [InlineData("5555555555", nameof(PhoneRule.NotValidForRegion))]
    public void Essential_refuses_what_is_not_a_US_number(string phone, string rule)
    {
        PhoneAssert.Refused(rule, PhoneReader.Read(phone, ProviderPhones.Essential, "US"));
    }

    [Theory]
    [InlineData("8002223333", "+18002223333")] // number 8002223333 -> e164Number +18002223333
    [InlineData("+18002223333", "+18002223333")]
    [InlineData("9148449011", "+19148449011")] // the README's curl example
    [InlineData("+1 914 844 2204", "+19148442204")]
    public void Mobile_Text_Alerts_accepts_national_and_international_numbers(string phone, string expected)
    {
        Assert.Equal(PhoneReading.Accepted(expected), PhoneReader.Read(phone, ProviderPhones.MobileTextAlerts, "US"));
    }

    [Fact]
    public void Mobile_Text_Alerts_documented_1112228904_is_refused_as_libphonenumber_knows_no_such_number()
    {
        Assert.Equal(PhoneReading.Refused(PhoneRule.NotValidForRegion), PhoneReader.Read("1112228904", ProviderPhones.MobileTextAlerts, "US"));
        Assert.Equal(PhoneReading.Refused(PhoneRule.TooShort), PhoneReader.Read("+1112228904", ProviderPhones.MobileTextAlerts, "US"));
    }

    [Theory]
    [InlineData("+14155550123", "US", "+14155550123")]
    [InlineData("(415) 555-0123", "US", "+14155550123")]
    [InlineData("020 7183 8750", "GB", "+442071838750")]
    public void Sequenzy_accepts_E164_or_national_with_a_country(string phone, string region, string expected)
    {
        Assert.Equal(PhoneReading.Accepted(expected), PhoneReader.Read(phone, ProviderPhones.Sequenzy, region));
    }

    [Theory]
    [InlineData("12345", nameof(PhoneRule.TooShort))]
    [InlineData("not a phone", nameof(PhoneRule.NoDigits))]
    public void Sequenzy_refuses_what_is_no_number(string phone, string rule)
    {
        PhoneAssert.Refused(rule, PhoneReader.Read(phone, ProviderPhones.Sequenzy, "US"));
    }

    private static string PhoneNumbersDigits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
