using SubscriberSimulator.Core.Phones;

namespace SubscriberSimulator.Tests.Core.Phones;

/// <summary>Each provider's documented examples (reference notes and seeds) and the cases libphonenumber settles.</summary>
public sealed class ProviderPhoneRulesTests
{
    [Theory]
    [InlineData("+19148440001")]
    [InlineData("+442071838750")]
    [InlineData("+551155256325")]
    public void Attentive_accepts_its_documented_valid_examples(string phone)
    {
        Assert.Equal(phone, ProviderPhoneRules.E164(phone).E164);
    }

    [Theory]
    [InlineData("19148440001", nameof(PhoneRule.NotE164))]
    [InlineData("+1---914---844---0001", nameof(PhoneRule.NotE164))]
    [InlineData("1 () 914 844 0001", nameof(PhoneRule.NotE164))]
    [InlineData("+13115552368", nameof(PhoneRule.NotValidForRegion))] // N11 area code: the reference's example user
    [InlineData("+10009148440", nameof(PhoneRule.NotValidForRegion))]
    [InlineData("+19148440001 x2", nameof(PhoneRule.Extension))]
    public void Attentive_refuses_its_documented_invalid_examples_by_rule(string phone, string rule)
    {
        Assert.Equal(rule, ProviderPhoneRules.E164(phone).Broken.ToString());
    }

    [Theory]
    [InlineData("15009998080", 15009998080L)]
    [InlineData("5009998080", 15009998080L)]
    [InlineData("+15009998080", 15009998080L)]
    [InlineData("+12067251311", 12067251311L)]
    [InlineData("৫০০৯৯৯৮০৮০", 15009998080L)] // Bengali digits
    public void Essential_accepts_its_three_forms(string phone, long e164Digits)
    {
        Assert.Equal(PhoneVerdict.Valid(e164Digits), ProviderPhoneRules.Essential(phone));
    }

    [Theory]
    [InlineData(" 5009998080", nameof(PhoneRule.NotUsNumber))]
    [InlineData("500-999-8080", nameof(PhoneRule.NotUsNumber))]
    [InlineData("+442071838750", nameof(PhoneRule.NotUsNumber))]
    [InlineData("+5009998080", nameof(PhoneRule.NotUsNumber))]
    [InlineData("0116834002", nameof(PhoneRule.NotUsNumber))] // ten digits that dial Niue
    [InlineData("5555555555", nameof(PhoneRule.NotValidForRegion))] // a placeholder in Essential's sample output
    [InlineData("1500999808a", nameof(PhoneRule.Letters))]
    [InlineData("", nameof(PhoneRule.Empty))]
    public void Essential_refuses_the_rest_by_rule(string phone, string rule)
    {
        Assert.Equal(rule, ProviderPhoneRules.Essential(phone).Broken.ToString());
    }

    [Theory]
    [InlineData("8002223333", "+18002223333")] // the documented example
    [InlineData("18002223333", "+18002223333")]
    [InlineData("(800) 222-3333", "+18002223333")]
    [InlineData("+1 914 844 2204", "+19148442204")] // eleven digits, once answered "needs 7 to 15 digits"
    [InlineData("447911123456", "+447911123456")]
    [InlineData("९१४८४४२२०४", "+19148442204")] // Devanagari digits
    public void Mobile_Text_Alerts_number_follows_the_documented_forms(string number, string expected)
    {
        Assert.Equal(expected, ProviderPhoneRules.MobileTextAlertsNumber(number).E164);
    }

    [Theory]
    [InlineData("1112228904", nameof(PhoneRule.NotValidForRegion))] // Decision: the documented example is refused
    [InlineData("12", nameof(PhoneRule.TooShort))]
    [InlineData("1234567890123456", nameof(PhoneRule.TooLong))]
    [InlineData("800-CALL-NOW", nameof(PhoneRule.Letters))]
    public void Mobile_Text_Alerts_number_refuses_what_libphonenumber_calls_invalid(string number, string rule)
    {
        Assert.Equal(rule, ProviderPhoneRules.MobileTextAlertsNumber(number).Broken.ToString());
    }

    [Fact]
    public void Mobile_Text_Alerts_number_as_a_JSON_number_reads_like_its_digits()
    {
        Assert.Equal(PhoneVerdict.Valid(18002223333L), ProviderPhoneRules.MobileTextAlertsNumber(8002223333L));
        Assert.Equal(PhoneVerdict.Refused(PhoneRule.NotValidForRegion), ProviderPhoneRules.MobileTextAlertsNumber(1112228904L));
        Assert.Equal(PhoneVerdict.Refused(PhoneRule.NoDigits), ProviderPhoneRules.MobileTextAlertsNumber(0L));
    }

    [Theory]
    [InlineData("+14155550123", null, "+14155550123")]
    [InlineData("(415) 555-0123", null, "+14155550123")]
    [InlineData("020 7183 8750", "GB", "+442071838750")]
    [InlineData("18270150", "BS", "+12428270150")] // 1 + 7 digits in the Bahamas
    [InlineData("(1234) 56-78", "LC", "+17582345678")]
    [InlineData("๐๒๐ ๗๑๘๓ ๘๗๕๐", "GB", "+442071838750")] // Thai digits
    public void Sequenzy_reads_E164_or_national_in_the_phone_country(string phone, string? country, string expected)
    {
        Assert.Equal(expected, ProviderPhoneRules.Sequenzy(phone, country).E164);
    }

    [Theory]
    [InlineData("0800 754567", "JE", nameof(PhoneRule.NotValidForRegion))] // not a UK toll-free number in Jersey
    [InlineData("12345", null, nameof(PhoneRule.TooShort))]
    [InlineData("9148440001", "XX", nameof(PhoneRule.UnknownCountryCode))]
    [InlineData("Tel: +1 914 844 0001", null, nameof(PhoneRule.TextAround))]
    public void Sequenzy_refuses_by_rule(string phone, string? country, string rule)
    {
        Assert.Equal(rule, ProviderPhoneRules.Sequenzy(phone, country).Broken.ToString());
    }
}
