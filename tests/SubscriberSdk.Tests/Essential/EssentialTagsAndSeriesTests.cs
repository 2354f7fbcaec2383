using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Essential;

public sealed class EssentialTagsAndSeriesTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Tags_are_created_and_listed_per_channel()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var created = await tenant.Client.Tags.CreateAsync(tenant.ChannelSid, "vip");
        var listed = await tenant.Client.Tags.ListAsync(tenant.ChannelSid).AsPages().SingleAsync();

        Assert.Equal(201, created.StatusCode);
        Assert.Contains(listed.Value, t => t.Sid == created.Value?.Sid && t.Name == "vip");
    }

    [Fact]
    public async Task A_welcome_series_is_created_and_given_items()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var series = await tenant.Client.WelcomeSeries.CreateAsync(tenant.ChannelSid, "Default");
        var item = await tenant.Client.WelcomeSeries.AddItemAsync(tenant.ChannelSid, series.Value!.Sid!, "Last", 99, "Welcome aboard");

        Assert.Equal(201, series.StatusCode);
        Assert.Equal("Default", series.Value.Name);
        Assert.Equal(201, item.StatusCode);
        Assert.Equal(99, item.Value?.SequenceId);
    }

    [Fact]
    public async Task A_series_welcome_sends_the_channels_enabled_series()
    {
        using var tenant = new EssentialTestTenant(simulator);
        tenant.Engine.AddWelcomeSeries(tenant.Credentials.AccountSid, tenant.ChannelSid,
            new SubscriberSimulator.Engines.Essential.EssentialWelcomeSeriesDefinition { Name = "Seeded", ItemBodies = ["Welcome aboard"] });

        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest
        {
            PhoneNumber = "4155550130",
            Welcome = EssentialWelcome.Series(),
        });

        Assert.Contains(tenant.Outbox(), m => m.Kind == "welcome-series" && m.Body == "Welcome aboard");
    }
}
