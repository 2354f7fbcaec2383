using SdkForm = SubscriberSdk.Internal.Phones.PhoneForm;
using SdkReader = SubscriberSdk.Internal.Phones.PhoneReader;
using SdkRule = SubscriberSdk.Internal.Phones.PhoneRule;
using SdkWords = SubscriberSdk.Internal.Phones.PhoneRuleText;
using SimRule = SubscriberSimulator.Core.Phones.PhoneRule;
using SimRules = SubscriberSimulator.Core.Phones.ProviderPhoneRules;
using SimWords = SubscriberSimulator.Core.Phones.PhoneRuleWords;

namespace Contract.Tests.Phones;

/// <summary>
/// The SDK and the simulator read phone numbers apart (the simulator never references the SDK), but a rule
/// they share must carry the same name and the same words, and give the same verdict on the same input, so a
/// refusal reads the same whichever side makes it and neither can drift alone.
/// </summary>
public sealed class PhoneRuleAgreementTests
{
    /// <summary>Inputs for every rule, including digits of other scripts and libphonenumber's lenient cases.</summary>
    public static TheoryData<string, string> Inputs() => new()
    {
        { "", "US" },
        { "not a phone", "US" },
        { "Tel: +1 914 844 0001", "US" },
        { "+1 914 844 0001 ext. 12", "US" },
        { "+19148440001;ext=12", "US" },
        { "1-800-FLOWERS", "US" },
        { "+19148440001 mobile", "US" },
        { "+1 914*844*0001", "US" },
        { "914 844 0001 #", "US" },
        { "++19148440001", "US" },
        { "+999 1234 5678", "US" },
        { "+1 12", "US" },
        { "+1 914 844 00012", "US" },
        { "+13115552368", "US" },
        { "1112228904", "US" },
        { "+1 914 844 2204", "US" },
        { "+19148440001", "GB" },
        { "(914) 844-0001", "US" },
        { "020 7183 8750", "GB" },
        { "18270150", "BS" },
        { "(1234) 56-78", "LC" },
        { "0800 754567", "JE" },
        { "0800 754567", "GB" },
        { "९१४८४४०००१", "US" },
        { "৯১৪৮৪৪০০০১", "US" },
        { "๙๑๔๘๔๔๐๐๐๑", "US" },
        { "+１ ９１４ ８４４ ０００１", "US" },
        { "+442071838750", "US" },
        { "+440207183875", "US" },
        { "+1---914---844---0001", "US" },
        { "19148440001", "US" },
    };

    [Fact]
    public void Both_sides_have_the_same_rules()
    {
        Assert.Equal(Enum.GetNames<SdkRule>(), Enum.GetNames<SimRule>());
    }

    [Fact]
    public void Every_rule_has_the_same_words_on_both_sides()
    {
        foreach (var name in Enum.GetNames<SdkRule>())
        {
            Assert.Equal(SdkWords.Describe(Enum.Parse<SdkRule>(name)), SimWords.For(Enum.Parse<SimRule>(name)));
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void National_or_international_numbers_get_the_same_verdict(string text, string region)
    {
        var sdk = SdkReader.Read(text, SdkForm.NationalOrInternational, region);
        var simulator = SimRules.Sequenzy(text, region);

        Assert.Equal(sdk.Broken?.ToString(), simulator.Broken?.ToString());
        Assert.Equal(sdk.E164, simulator.IsValid ? simulator.E164 : null);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void E164_only_numbers_get_the_same_verdict(string text, string region)
    {
        var sdk = SdkReader.Read(text, SdkForm.E164Only, region);
        var simulator = SimRules.E164(text);

        Assert.Equal(sdk.Broken?.ToString(), simulator.Broken?.ToString());
        Assert.Equal(sdk.E164, simulator.IsValid ? simulator.E164 : null);
    }

    [Theory]
    [InlineData("5009998080")]
    [InlineData("15009998080")]
    [InlineData("+15009998080")]
    [InlineData("+442071838750")]
    [InlineData("500999808")]
    [InlineData("0116834002")]
    [InlineData("5555555555")]
    [InlineData("1112228904")]
    [InlineData("৫০০৯৯৯৮০৮০")]
    [InlineData("1500999808a")]
    public void Essential_numbers_written_without_separators_get_the_same_verdict(string text)
    {
        // Separators are where the sides differ on purpose: the SDK drops them, Essential's API takes bare digits.
        var sdk = SdkReader.Read(text, SdkForm.UsNumber, "US");
        var simulator = SimRules.Essential(text);

        Assert.Equal(sdk.Broken?.ToString(), simulator.Broken?.ToString());
        Assert.Equal(sdk.E164, simulator.IsValid ? simulator.E164 : null);
    }
}
