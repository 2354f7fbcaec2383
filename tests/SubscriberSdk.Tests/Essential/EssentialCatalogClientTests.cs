using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSdk.Tests.Essential;

public sealed class EssentialCatalogClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Channels_are_listed_page_by_page_and_read_one_by_one()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var second = tenant.Engine.AddChannel(tenant.Credentials.AccountSid, new EssentialChannelDefinition { Name = "Second", WelcomeMessage = null });
        tenant.Engine.AddChannel(tenant.Credentials.AccountSid, new EssentialChannelDefinition { Name = "Third" });

        var listed = await tenant.Client.Channels.ListAsync(pageSize: 2).ToListAsync();
        var fetched = await tenant.Client.Channels.GetAsync("ch_" + second);

        Assert.Equal(["Main", "Second", "Third"], listed.Select(c => c.Name));
        Assert.Equal(tenant.Credentials.AccountSid, listed[0].AccountSid);
        Assert.True(listed[0].WelcomeNewSubscribers);
        Assert.Equal(200, fetched.StatusCode);
        Assert.Equal(second, fetched.Value.Sid);
        Assert.False(fetched.Value.WelcomeNewSubscribers);
        Assert.True(fetched.Value.Enabled);
    }

    [Fact]
    public async Task A_missing_channel_is_ResourceNotFound_and_a_blank_sid_is_refused_before_sending()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var missing = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Channels.GetAsync("NoSuchChannel000000000"));
        var blank = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Channels.GetAsync(" "));

        Assert.Equal(404, missing.StatusCode);
        Assert.Equal("channelSid", blank.ParamName);
    }

    [Fact]
    public async Task Transports_are_listed_for_the_account_or_one_channel()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var other = tenant.Engine.AddChannel(tenant.Credentials.AccountSid, new EssentialChannelDefinition { Name = "Other", TransportEndpoint = "+14155550190" });
        tenant.Engine.AddTransport(tenant.Credentials.AccountSid, tenant.ChannelSid, new EssentialTransportDefinition { Endpoint = "55555" });

        var all = await tenant.Client.Transports.ListAsync().ToListAsync();
        var ofOther = await tenant.Client.Transports.ListAsync(other).ToListAsync();

        Assert.Equal(3, all.Count);
        Assert.Equal(EssentialTransportProtocol.Short, all.Single(t => t.Endpoint == "55555").Protocol);
        var single = Assert.Single(ofOther);
        Assert.Equal("+14155550190", single.Endpoint);
        Assert.Equal(EssentialTransportProtocol.Long, single.Protocol);
        Assert.Equal("active", single.Status);
    }

    [Fact]
    public async Task Campaigns_come_back_with_their_tags_audience_and_results()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var vip = tenant.Engine.AddTag(tenant.Credentials.AccountSid, tenant.ChannelSid, "VIP");
        tenant.Engine.AddCampaign(tenant.Credentials.AccountSid, tenant.ChannelSid, new EssentialCampaignDefinition
        {
            Name = "Early entry",
            Body = "Doors open at 9.",
            TagSids = [vip],
            TagOperator = "and",
            IncludeNumbers = ["4155550191"],
            Delivered = 7,
            Pending = 2,
        });

        var campaign = Assert.Single(await tenant.Client.Campaigns.ListAsync(tenant.ChannelSid).ToListAsync());

        Assert.Equal("Early entry", campaign.Name);
        Assert.Equal("sent", campaign.Status);
        Assert.Equal("and", campaign.TagOperator);
        Assert.Equal([vip], campaign.TagSids);
        Assert.Equal(["+14155550191"], campaign.IncludeNumbers);
        var result = Assert.Single(campaign.Results);
        Assert.Equal((7, 0, 2), (result.Success, result.Failure, result.Pending));
        Assert.Equal("in_progress", result.Status);
        Assert.NotNull(campaign.SendAt);
    }

    [Fact]
    public async Task Account_tags_span_every_channel_and_page_on_demand()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var other = tenant.Engine.AddChannel(tenant.Credentials.AccountSid, new EssentialChannelDefinition { Name = "Other" });
        await tenant.Client.Tags.CreateAsync(tenant.ChannelSid, "Gold");
        await tenant.Client.Tags.CreateAsync(other, "Silver");
        await tenant.Client.Tags.CreateAsync(tenant.ChannelSid, "Bronze");

        var all = await tenant.Client.Tags.ListAllAsync(pageSize: 1).ToListAsync();
        var ofOther = await tenant.Client.Tags.ListAllAsync(other).ToListAsync();
        var unknown = await Assert.ThrowsAsync<ResourceNotFoundException>(async () => await tenant.Client.Tags.ListAllAsync("NoSuchChannel000000000").ToListAsync());

        Assert.Equal(["Gold", "Silver", "Bronze"], all.Select(t => t.Name));
        Assert.Equal(["Silver"], ofOther.Select(t => t.Name));
        Assert.Equal(404, unknown.StatusCode);
    }

    [Fact]
    public void Page_sizes_out_of_range_are_refused_when_the_list_is_asked_for()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var channels = Assert.Throws<InvalidSubscriberArgumentException>(() => tenant.Client.Channels.ListAsync(pageSize: 0));
        var campaigns = Assert.Throws<InvalidSubscriberArgumentException>(() => tenant.Client.Campaigns.ListAsync(pageSize: 1001));

        Assert.Equal("pageSize", channels.ParamName);
        Assert.Equal("pageSize", campaigns.ParamName);
    }
}
