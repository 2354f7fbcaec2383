using System.Net;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class WelcomeSeriesSelectionTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Without_a_matching_tag_the_default_series_at_position_0_is_sent_item_by_item()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var vip = UpsertTagsAndPropertiesTests.AddTag(tenant, "VIP");
        AddSeries(tenant, "Default", 0, [], "d1", "d2");
        AddSeries(tenant, "VIP", 1, [vip], "v1");

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998120","send_welcome_series":true}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(["d1", "d2"], tenant.Outbox.Select(m => m.Body));
        Assert.All(tenant.Outbox, m => Assert.Equal("welcome-series", m.Kind));
    }

    [Fact]
    public async Task The_highest_positioned_series_whose_tag_matches_wins()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var (vip, gold) = (UpsertTagsAndPropertiesTests.AddTag(tenant, "VIP"), UpsertTagsAndPropertiesTests.AddTag(tenant, "Gold"));
        AddSeries(tenant, "Default", 0, [], "d1");
        AddSeries(tenant, "VIP", 1, [vip], "v1");
        AddSeries(tenant, "Gold", 2, [gold], "g1", "g2");

        await tenant.UpsertAsync($$$"""{"phone_number":"5009998121","send_welcome_series":true,"tag_sids":["{{{vip}}}","{{{gold}}}"]}""");
        await tenant.UpsertAsync($$$"""{"phone_number":"5009998122","send_welcome_series":true,"tag_sids":["{{{vip}}}"]}""");

        Assert.Equal(["g1", "g2"], tenant.Outbox.Where(m => m.To == "+15009998121").Select(m => m.Body));
        Assert.Equal(["v1"], tenant.Outbox.Where(m => m.To == "+15009998122").Select(m => m.Body));
    }

    [Fact]
    public async Task Items_are_sent_in_sequence_order_with_their_series_in_the_metadata()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var seriesSid = AddSeries(tenant, "Default", 0, [], "first");
        var added = await tenant.SendAsync(
            HttpMethod.Post,
            $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/{seriesSid}/items",
            """{"name":"Zero","sequence_id":5,"body":"last"}""");

        await tenant.UpsertAsync("""{"phone_number":"5009998123","send_welcome_series":true}""");

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal(["first", "last"], tenant.Outbox.Select(m => m.Body));
        Assert.All(tenant.Outbox, m => Assert.Equal(seriesSid, m.Metadata["welcome_series_sid"]));
    }

    [Fact]
    public async Task An_existing_subscriber_gets_no_series()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        AddSeries(tenant, "Default", 0, [], "d1");
        await tenant.UpsertAsync("""{"phone_number":"5009998124"}""");

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998124","send_welcome_series":true}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task A_series_created_through_the_api_starts_disabled_with_two_items_and_can_be_enabled_by_control()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var created = await tenant.SendAsync(
            HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/create_default?position=0", """{"name":"Starter"}""");
        var refused = await tenant.UpsertAsync("""{"phone_number":"5009998125","send_welcome_series":true}""");
        using var control = fixture.Server.CreateClient();
        using var enable = await control.PatchAsync(
            $"/__sim/essential/tenants/{tenant.AccountSid}/channels/{tenant.ChannelSid}/welcome-series/{created.Str("sid")}",
            new StringContent("""{"enabled":true}""", System.Text.Encoding.UTF8, "application/json"));
        var accepted = await tenant.UpsertAsync("""{"phone_number":"5009998125","send_welcome_series":true}""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("disabled", created.Str("status"));
        Assert.Equal(0, created.Body.GetProperty("sequence").GetInt32());
        Assert.Equal(2, created.Body.GetProperty("item_sids").GetArrayLength());
        refused.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.Status);
        Assert.Equal(2, tenant.Outbox.Count);
    }

    [Fact]
    public async Task Creating_a_series_at_a_taken_position_moves_the_others_down()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var first = await tenant.SendAsync(
            HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/create_default", """{"name":"A"}""");
        var second = await tenant.SendAsync(
            HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/create_default", """{"name":"B"}""");
        var inserted = await tenant.SendAsync(
            HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/create_default?position=1", """{"name":"C"}""");
        using var control = fixture.Server.CreateClient();
        var account = await EssentialResponse.ReadAsync(await control.GetAsync($"/__sim/essential/tenants/{tenant.AccountSid}"));

        Assert.Equal(0, first.Body.GetProperty("sequence").GetInt32());
        Assert.Equal(1, second.Body.GetProperty("sequence").GetInt32());
        Assert.Equal(1, inserted.Body.GetProperty("sequence").GetInt32());
        var series = account.Body.GetProperty("channels")[0].GetProperty("welcome_series").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString(), s.GetProperty("sequence").GetInt32())).ToList();
        Assert.Equal([("A", 0), ("C", 1), ("B", 2)], series);
    }

    private static string AddSeries(EssentialTenant tenant, string name, int position, string[] tags, params string[] bodies) =>
        tenant.Engine.AddWelcomeSeries(tenant.AccountSid, tenant.ChannelSid, new EssentialWelcomeSeriesDefinition
        {
            Name = name,
            Position = position,
            TagSids = tags,
            ItemBodies = bodies,
        });
}
