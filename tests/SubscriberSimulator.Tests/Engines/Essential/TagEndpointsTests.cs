using System.Net;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class TagEndpointsTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Create_tag_answers_201_with_the_canonical_name_and_zero_counts()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.SendAsync(
            HttpMethod.Post, "/essential/v2/account/tags", $$$"""{"channel_sid":"{{{tenant.ChannelSid}}}","name":"Bulldog buddies"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("Bulldog buddies", response.Str("name"));
        Assert.Equal("bulldog_buddies", response.Str("canonical_name"));
        Assert.Equal(tenant.ChannelSid, response.Str("channel_sid"));
        Assert.Equal(tenant.AccountSid, response.Str("account_sid"));
        Assert.Equal(0, response.Body.GetProperty("num_subscribers_total").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Body.GetProperty("deleted_at").ValueKind);
    }

    [Fact]
    public async Task Tag_names_are_unique_per_channel_ignoring_case_and_need_three_characters()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new SubscriberSimulator.Engines.Essential.EssentialChannelDefinition { Name = "Other" });
        await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/tags", $$$"""{"channel_sid":"{{{tenant.ChannelSid}}}","name":"Gold"}""");

        var duplicate = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/tags", $$$"""{"channel_sid":"{{{tenant.ChannelSid}}}","name":"GOLD"}""");
        var shortName = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/tags", $$$"""{"channel_sid":"{{{tenant.ChannelSid}}}","name":"ab"}""");
        var otherChannel = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/tags", $$$"""{"channel_sid":"{{{other}}}","name":"gold"}""");
        var unknownChannel = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/tags", """{"channel_sid":"NoSuchChannel000000000","name":"gold"}""");

        Assert.Contains("already exists", duplicate.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        shortName.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, otherChannel.Status);
        unknownChannel.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Listing_a_channels_tags_returns_a_bare_array_of_that_channels_tags_only()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new SubscriberSimulator.Engines.Essential.EssentialChannelDefinition { Name = "Other" });
        tenant.Engine.AddTag(tenant.AccountSid, tenant.ChannelSid, "One");
        tenant.Engine.AddTag(tenant.AccountSid, tenant.ChannelSid, "Two");
        tenant.Engine.AddTag(tenant.AccountSid, other, "Three");

        var response = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/channels/{tenant.ChannelSid}/tags?include_deleted=true");
        var missing = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/channels/NoSuchChannel000000000/tags");

        Assert.Equal(["One", "Two"], response.Body.EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order());
        missing.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Welcome_series_items_need_a_unique_sequence_id_and_a_body_or_media()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var series = await tenant.SendAsync(HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/create_default", """{"name":"S"}""");
        var path = $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/{series.Str("sid")}/items";

        var media = await tenant.SendAsync(HttpMethod.Post, path, """{"name":"Pic","sequence_id":2,"media_urls":["https://example.com/a.png"]}""");
        var taken = await tenant.SendAsync(HttpMethod.Post, path, """{"name":"Again","sequence_id":0,"body":"x"}""");
        var empty = await tenant.SendAsync(HttpMethod.Post, path, """{"name":"Empty","sequence_id":3}""");
        var unknownSeries = await tenant.SendAsync(
            HttpMethod.Post, $"/essential/v2/channel/{tenant.ChannelSid}/welcome_series/NoSuchSeries0000000000/items", """{"name":"x","sequence_id":9,"body":"x"}""");

        Assert.Equal(HttpStatusCode.Created, media.Status);
        Assert.Equal(2, media.Body.GetProperty("sequence_id").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, media.Body.GetProperty("body").ValueKind);
        Assert.Contains("already used", taken.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        empty.AssertError(HttpStatusCode.BadRequest);
        unknownSeries.AssertError(HttpStatusCode.NotFound);
    }
}
