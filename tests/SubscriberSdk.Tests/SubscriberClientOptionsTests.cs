using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;

namespace SubscriberSdk.Tests;

public sealed class SubscriberClientOptionsTests
{
    public static TheoryData<SubscriberClientOptions> EveryProvider() =>
    [
        new EssentialClientOptions { AccountSid = "AC1", AuthToken = "token" },
        new SequenzyClientOptions { ApiKey = "sk_live_x" },
        new AttentiveClientOptions { AccessToken = "token" },
        new MobileTextAlertsClientOptions { ApiKey = "key" },
    ];

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void Every_provider_reads_national_numbers_as_US_numbers_by_default(SubscriberClientOptions options)
    {
        Assert.Equal("US", options.DefaultRegion);
        options.Validate();
    }

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void A_region_libphonenumber_does_not_know_is_refused_by_name(SubscriberClientOptions options)
    {
        options.DefaultRegion = "XX";

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(SubscriberClientOptions.DefaultRegion), error.ParamName);
        Assert.Contains("libphonenumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("001")] // libphonenumber's code for non-geographic numbers: no national numbers to read
    [InlineData("USA")]
    public void Codes_that_name_no_region_are_refused(string region)
    {
        var options = new MobileTextAlertsClientOptions { ApiKey = "key", DefaultRegion = region };

        Assert.Throws<ArgumentException>(options.Validate);
    }

    [Fact]
    public void A_lower_case_region_is_accepted()
    {
        var options = new SequenzyClientOptions { ApiKey = "sk_live_x", DefaultRegion = "gb" };

        options.Validate();
        using var client = new SequenzyClient(options);

        Assert.Equal("GB", client.DefaultRegion);
    }
}
