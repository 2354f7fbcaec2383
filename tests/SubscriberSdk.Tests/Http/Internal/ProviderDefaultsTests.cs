using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;

namespace SubscriberSdk.Tests.Http.Internal;

/// <summary>The documented default limits are what the options start with.</summary>
public sealed class ProviderDefaultsTests
{
    [Fact]
    public void Mobile_Text_Alerts_paces_15_per_15_seconds()
    {
        var pacing = new MobileTextAlertsClientOptions().GetPacing(PacingBuckets.Default);

        Assert.True(pacing.Enabled);
        Assert.Equal(15, pacing.PermitLimit);
        Assert.Equal(TimeSpan.FromSeconds(15), pacing.Window);
    }

    [Fact]
    public void Attentive_paces_each_endpoint_family_separately()
    {
        var options = new AttentiveClientOptions();

        Assert.Equal((10, TimeSpan.FromSeconds(1)), (options.GetPacing(PacingBuckets.Subscribe).PermitLimit, options.GetPacing(PacingBuckets.Subscribe).Window));
        Assert.Equal((5, TimeSpan.FromSeconds(1)), (options.GetPacing(PacingBuckets.Unsubscribe).PermitLimit, options.GetPacing(PacingBuckets.Unsubscribe).Window));
        Assert.Equal((150, TimeSpan.FromSeconds(1)), (options.GetPacing(PacingBuckets.Default).PermitLimit, options.GetPacing(PacingBuckets.Default).Window));
        Assert.Equal((10, TimeSpan.FromSeconds(1)), (options.GetPacing(PacingBuckets.Identity).PermitLimit, options.GetPacing(PacingBuckets.Identity).Window));
        Assert.Equal((100, TimeSpan.FromSeconds(1)), (options.GetPacing(PacingBuckets.BulkJobs).PermitLimit, options.GetPacing(PacingBuckets.BulkJobs).Window));
    }

    [Fact]
    public void Sequenzy_paces_100_per_minute_in_bursts_of_20_per_second()
    {
        var pacing = new SequenzyClientOptions().Pacing;

        Assert.Equal(100, pacing.PermitLimit);
        Assert.Equal(TimeSpan.FromMinutes(1), pacing.Window);
        Assert.Equal(20, pacing.BurstPermitLimit);
        Assert.Equal(TimeSpan.FromSeconds(1), pacing.BurstWindow);
    }

    [Fact]
    public void Essential_is_not_paced_unless_configured()
    {
        Assert.False(new EssentialClientOptions().Pacing.Enabled);
    }
}
