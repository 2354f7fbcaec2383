using System.Net;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class SubscriberEndpointsTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Create_answers_201_with_a_subscribed_subscriber_and_sends_nothing()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var response = await tenant.SendAsync(
            HttpMethod.Post, "/essential/v2/account/subscribers", $$$"""{"phone_number":"15009998150","channel":"{{{tenant.ChannelSid}}}"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("5009998150", response.Str("phone_number"));
        Assert.Equal("subscribed", response.Str("status"));
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task Create_accepts_the_channel_name_and_refuses_a_number_already_on_the_channel()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);

        var byName = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/subscribers", """{"phone_number":"5009998151","channel":"Main"}""");
        var duplicate = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/subscribers", """{"phone_number":"+15009998151","channel":"main"}""");
        var unknownChannel = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/subscribers", """{"phone_number":"5009998152","channel":"Nope"}""");

        Assert.Equal(HttpStatusCode.Created, byName.Status);
        Assert.Equal(tenant.ChannelSid, byName.Str("channel_sid"));
        Assert.Contains("already exists", duplicate.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        unknownChannel.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_of_a_landline_is_a_412()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Engine.SeedCarrier(tenant.AccountSid, "5009998153", EssentialCarrierKind.Landline);

        var response = await tenant.SendAsync(
            HttpMethod.Post, "/essential/v2/account/subscribers", $$$"""{"phone_number":"5009998153","channel":"{{{tenant.ChannelSid}}}"}""");

        response.AssertError(HttpStatusCode.PreconditionFailed);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Fact]
    public async Task Get_finds_a_subscriber_by_sid_with_or_without_the_sub_prefix()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var sid = (await tenant.UpsertAsync("""{"phone_number":"5009998154"}""")).Str("sid");

        var bare = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/subscribers/{sid}");
        var prefixed = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/subscribers/sub_{sid}");
        var missing = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers/NoSuchSubscriber000000");

        Assert.Equal("5009998154", bare.Str("phone_number"));
        Assert.Equal(sid, prefixed.Str("sid"));
        missing.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_unsubscribes_without_deleting_and_the_subscriber_can_still_be_fetched()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var sid = (await tenant.UpsertAsync("""{"phone_number":"5009998155"}""")).Str("sid");

        var deleted = await tenant.SendAsync(HttpMethod.Delete, $"/essential/v2/account/subscribers/{sid}");
        var again = await tenant.SendAsync(HttpMethod.Delete, $"/essential/v2/account/subscribers/{sid}");
        var fetched = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/subscribers/{sid}");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("unsubscribed", deleted.Str("status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, deleted.Body.GetProperty("subscribed_at").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.String, deleted.Body.GetProperty("unsubscribed_at").ValueKind);
        Assert.Equal(deleted.Str("unsubscribed_at"), again.Str("unsubscribed_at"));
        Assert.Equal("unsubscribed", fetched.Str("status"));
    }

    [Fact]
    public async Task Update_is_the_legal_re_subscribe_after_which_upsert_works_again()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var sid = (await tenant.UpsertAsync("""{"phone_number":"5009998156"}""")).Str("sid");
        await tenant.SendAsync(HttpMethod.Delete, $"/essential/v2/account/subscribers/{sid}");

        var resubscribed = await tenant.SendAsync(HttpMethod.Put, $"/essential/v2/account/subscribers/{sid}", """{"status":"subscribed"}""");
        var upsert = await tenant.UpsertAsync("""{"phone_number":"5009998156","external_user_id":"back"}""");

        Assert.Equal(HttpStatusCode.OK, resubscribed.Status);
        Assert.Equal("subscribed", resubscribed.Str("status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, resubscribed.Body.GetProperty("unsubscribed_at").ValueKind);
        Assert.Equal(HttpStatusCode.OK, upsert.Status);
    }

    [Fact]
    public async Task Update_changes_only_the_given_fields_and_handles_inboxing_and_a_new_number()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var sid = (await tenant.UpsertAsync("""{"phone_number":"5009998157","email_address":"a@example.com"}""")).Str("sid");
        await tenant.UpsertAsync("""{"phone_number":"5009998158"}""");

        var inboxed = await tenant.SendAsync(HttpMethod.Put, $"/essential/v2/account/subscribers/{sid}", """{"inboxed":true,"external_user_id":"u1"}""");
        var moved = await tenant.SendAsync(HttpMethod.Put, $"/essential/v2/account/subscribers/{sid}", """{"phone_number":"+15009998159","inboxed":false}""");
        var clash = await tenant.SendAsync(HttpMethod.Put, $"/essential/v2/account/subscribers/{sid}", """{"phone_number":"5009998158"}""");
        var upsertOldNumber = await tenant.UpsertAsync("""{"phone_number":"5009998157"}""");

        Assert.Equal(System.Text.Json.JsonValueKind.String, inboxed.Body.GetProperty("added_to_inbox_at").ValueKind);
        Assert.Equal("a@example.com", inboxed.Str("email_address"));
        Assert.Equal("u1", inboxed.Str("external_user_id"));
        Assert.Equal("5009998159", moved.Str("phone_number"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, moved.Body.GetProperty("added_to_inbox_at").ValueKind);
        clash.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, upsertOldNumber.Status);
    }

    [Fact]
    public async Task List_pages_oldest_first_and_links_to_the_next_page_until_the_last()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        for (var i = 0; i < 5; i++)
        {
            await tenant.UpsertAsync($$$"""{"phone_number":"50099981{{{60 + i}}}"}""");
        }

        var first = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers?per_page=2");
        var next = first.Headers.GetValues("Link").Single();
        var nextUrl = next[(next.IndexOf('<') + 1)..next.IndexOf('>')];
        var second = await tenant.SendAsync(HttpMethod.Get, nextUrl);
        var last = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers?page=3&per_page=2");

        Assert.EndsWith("rel=\"next\"", next, StringComparison.Ordinal);
        Assert.Equal(["5009998160", "5009998161"], first.Body.EnumerateArray().Select(s => s.GetProperty("phone_number").GetString()));
        Assert.Equal(["5009998162", "5009998163"], second.Body.EnumerateArray().Select(s => s.GetProperty("phone_number").GetString()));
        Assert.Equal(["5009998164"], last.Body.EnumerateArray().Select(s => s.GetProperty("phone_number").GetString()));
        Assert.False(last.Headers.Contains("Link"));
    }

    [Fact]
    public async Task List_filters_by_channel_and_refuses_page_sizes_out_of_range()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Other" });
        await tenant.UpsertAsync("""{"phone_number":"5009998170"}""");
        await tenant.SendAsync(HttpMethod.Post, $"/essential/v2/account/channels/{other}/subscribers/upsert", """{"phone_number":"5009998171"}""");

        var filtered = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/subscribers?channel_sid={other}");
        var tooBig = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers?per_page=1001");
        var zeroPage = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers?page=0");

        Assert.Equal(["5009998171"], filtered.Body.EnumerateArray().Select(s => s.GetProperty("phone_number").GetString()));
        tooBig.AssertError(HttpStatusCode.BadRequest);
        zeroPage.AssertError(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_same_number_on_two_channels_is_two_subscribers()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Other" });

        var first = await tenant.UpsertAsync("""{"phone_number":"5009998172"}""");
        var second = await tenant.SendAsync(HttpMethod.Post, $"/essential/v2/account/channels/{other}/subscribers/upsert", """{"phone_number":"5009998172"}""");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.NotEqual(first.Str("sid"), second.Str("sid"));
    }
}
