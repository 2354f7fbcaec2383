using System.Net;
using System.Text.Json;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class TransportAndCampaignEndpointsTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Every_channel_has_the_transport_its_subscribers_use_and_seeded_ones_follow()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Other", TransportEndpoint = "15005550006" });
        var shortCode = tenant.Engine.AddTransport(tenant.AccountSid, tenant.ChannelSid, new EssentialTransportDefinition { Endpoint = "55555", Active = false });
        var subscriber = await tenant.UpsertAsync("""{"phone_number":"5009998300"}""");

        var all = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/transports");
        var ofMain = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/transports?channel_sid=ch_{tenant.ChannelSid}");

        var transports = all.Body.EnumerateArray().ToList();
        Assert.Equal(3, transports.Count);
        Assert.Equal(subscriber.Str("transport_sid"), transports[0].GetProperty("sid").GetString());
        Assert.Equal("long", transports[0].GetProperty("protocol").GetString());
        Assert.StartsWith("+1206555", transports[0].GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        Assert.Equal(other, transports[1].GetProperty("channel_sid").GetString());
        Assert.Equal("+15005550006", transports[1].GetProperty("endpoint").GetString());
        Assert.Equal(shortCode, transports[2].GetProperty("sid").GetString());
        Assert.Equal("short", transports[2].GetProperty("protocol").GetString());
        Assert.Equal("inactive", transports[2].GetProperty("status").GetString());
        Assert.Equal([transports[0].GetProperty("sid").GetString(), shortCode], ofMain.Body.EnumerateArray().Select(t => t.GetProperty("sid").GetString()));
    }

    [Fact]
    public async Task Transport_and_campaign_lists_refuse_a_channel_of_another_account()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        using var other = EssentialTenant.Create(fixture.Server);

        var transports = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/transports?channel_sid={other.ChannelSid}");
        var campaigns = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/campaigns?channel_sid={other.ChannelSid}");

        Assert.Equal("Channel not found.", transports.AssertError(HttpStatusCode.NotFound));
        Assert.Equal("Channel not found.", campaigns.AssertError(HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Seeded_campaigns_are_listed_with_their_audience_and_delivery_counters()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var vip = tenant.Engine.AddTag(tenant.AccountSid, tenant.ChannelSid, "VIP");
        var sent = tenant.Engine.AddCampaign(tenant.AccountSid, tenant.ChannelSid, new EssentialCampaignDefinition
        {
            Name = "Early entry",
            Body = "Doors open at 9.",
            TagSids = [vip],
            ExcludeNumbers = ["5009998301"],
            SendAt = new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.Zero),
            Delivered = 11,
            Failed = 1,
        });
        tenant.Engine.AddCampaign(tenant.AccountSid, tenant.ChannelSid, new EssentialCampaignDefinition { Name = "Spring", Status = "draft" });

        var response = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/campaigns");

        var first = response.Body[0];
        Assert.Equal(sent, first.GetProperty("sid").GetString());
        Assert.Equal("sent", first.GetProperty("status").GetString());
        Assert.Equal("2026-11-03T14:00:00.000Z", first.GetProperty("send_at").GetString());
        Assert.Equal(vip, first.GetProperty("tag_expression").GetProperty("tag_sids")[0].GetString());
        Assert.Equal("or", first.GetProperty("tag_expression").GetProperty("operator").GetString());
        Assert.Equal("+15009998301", first.GetProperty("exclude_numbers")[0].GetString());
        var result = first.GetProperty("results").EnumerateArray().Single();
        Assert.Equal((11, 1, 0), (result.GetProperty("success").GetInt32(), result.GetProperty("failure").GetInt32(), result.GetProperty("pending").GetInt32()));
        Assert.Equal(sent, result.GetProperty("owner_sid").GetString());
        var draft = response.Body[1];
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("send_at").ValueKind);
        Assert.Equal(0, draft.GetProperty("results").GetArrayLength());
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task Campaign_pages_keep_the_channel_filter_in_the_next_link()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        for (var i = 0; i < 3; i++)
        {
            tenant.Engine.AddCampaign(tenant.AccountSid, tenant.ChannelSid, new EssentialCampaignDefinition { Name = $"Campaign {i}" });
        }

        var first = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/campaigns?per_page=2&channel_sid={tenant.ChannelSid}");

        Assert.Equal(
            $"</essential/v2/account/campaigns?page=2&per_page=2&channel_sid={tenant.ChannelSid}>; rel=\"next\"",
            first.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task Seeding_controls_add_transports_and_campaigns_and_refuse_bad_ones()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        using var control = fixture.Server.CreateClient();
        var basePath = $"/__sim/essential/tenants/{tenant.AccountSid}/channels/{tenant.ChannelSid}";

        var transport = await Post(control, basePath + "/transports", """{"sid":"tr-1","endpoint":"+15005550007"}""");
        var duplicateEndpoint = await Post(control, basePath + "/transports", """{"endpoint":"5005550007"}""");
        var badEndpoint = await Post(control, basePath + "/transports", """{"endpoint":"call me"}""");
        var campaign = await Post(control, basePath + "/campaigns", """{"name":"Flash sale","status":"scheduled","send_at":"2026-12-01T10:00:00Z"}""");
        var badStatus = await Post(control, basePath + "/campaigns", """{"name":"x","status":"lost"}""");
        var unknownTag = await Post(control, basePath + "/campaigns", """{"name":"x","tag_sids":["NoSuchTag0000000000000"]}""");
        var draftWithDate = await Post(control, basePath + "/campaigns", """{"name":"x","status":"draft","send_at":"2026-12-01T10:00:00Z"}""");

        Assert.Equal(HttpStatusCode.Created, transport.Status);
        Assert.Equal("tr-1", transport.Str("sid"));
        duplicateEndpoint.AssertError(HttpStatusCode.Conflict);
        badEndpoint.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, campaign.Status);
        Assert.Equal("2026-12-01T10:00:00.000Z", campaign.Str("send_at"));
        Assert.Equal(0, campaign.Body.GetProperty("results").GetArrayLength());
        badStatus.AssertError(HttpStatusCode.BadRequest);
        unknownTag.AssertError(HttpStatusCode.BadRequest);
        draftWithDate.AssertError(HttpStatusCode.BadRequest);
    }

    private static async Task<EssentialResponse> Post(HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        return await EssentialResponse.ReadAsync(response);
    }
}
