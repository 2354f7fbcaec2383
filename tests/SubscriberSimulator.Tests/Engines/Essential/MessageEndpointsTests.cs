using System.Net;
using System.Text.Json;
using SubscriberSimulator.Engines.Essential;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class MessageEndpointsTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Theory]
    [InlineData("5009998400")]
    [InlineData("15009998400")]
    [InlineData("%2B15009998400")]
    public async Task A_subscribed_subscriber_addressed_by_number_gets_the_message_once(string number)
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var subscriber = await tenant.UpsertAsync("""{"phone_number":"5009998400"}""");

        var response = await tenant.SendAsync(HttpMethod.Post, MessagesPath(tenant, number), """{"body":"Your order shipped.","external_owner_id":"order-1","priority":"low"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("queuing", response.Str("status"));
        Assert.Equal("Your order shipped.", response.Str("body"));
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("media_urls").ValueKind);
        Assert.Equal("+15009998400", response.Str("to_phone_number"));
        Assert.Equal(subscriber.Str("sid"), response.Str("subscriber_sid"));
        Assert.Equal(subscriber.Str("transport_sid"), response.Str("transport_sid"));
        Assert.Equal("order-1", response.Str("external_owner_id"));
        Assert.Equal(0, response.Body.GetProperty("delivery_attempts").GetInt32());
        var sent = Assert.Single(tenant.Outbox);
        Assert.Equal(("sms", "+15009998400", "message", "Your order shipped."), (sent.Channel, sent.To, sent.Kind, sent.Body));
        Assert.Equal(response.Str("sid"), sent.Metadata["message_sid"]);
        Assert.Equal("low", sent.Metadata["priority"]);
        Assert.Equal(response.Str("from_phone_number"), sent.Metadata["from"]);
    }

    [Fact]
    public async Task A_subscriber_is_addressed_by_sid_with_or_without_its_prefix_but_only_on_its_own_channel()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var other = tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Other", WelcomeMessage = null });
        var sid = (await tenant.UpsertAsync("""{"phone_number":"5009998401"}""")).Str("sid");

        var bare = await tenant.SendAsync(HttpMethod.Post, MessagesPath(tenant, sid), """{"body":"one"}""");
        var prefixed = await tenant.SendAsync(HttpMethod.Post, MessagesPath(tenant, "sub_" + sid), """{"body":"two"}""");
        var wrongChannel = await tenant.SendAsync(HttpMethod.Post, $"/essential/v2/account/channels/{other}/subscribers/{sid}/messages", """{"body":"x"}""");
        var wrongChannelByNumber = await tenant.SendAsync(HttpMethod.Post, $"/essential/v2/account/channels/{other}/subscribers/5009998401/messages", """{"body":"x"}""");
        var unknownChannel = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/channels/NoSuchChannel000000000/subscribers/5009998401/messages", """{"body":"x"}""");

        Assert.Equal(HttpStatusCode.Created, bare.Status);
        Assert.Equal(HttpStatusCode.Created, prefixed.Status);
        Assert.Equal("Subscriber not found on this channel.", wrongChannel.AssertError(HttpStatusCode.NotFound));
        wrongChannelByNumber.AssertError(HttpStatusCode.NotFound);
        Assert.Equal("Channel not found.", unknownChannel.AssertError(HttpStatusCode.NotFound));
        Assert.Equal(["one", "two"], tenant.Outbox.Select(m => m.Body));
    }

    [Theory]
    [InlineData("unsubscribed")]
    [InlineData("unconfirmed")]
    public async Task A_subscriber_who_is_not_subscribed_gets_405_and_nothing_is_sent_or_stored(string status)
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var sid = (await tenant.UpsertAsync("""{"phone_number":"5009998402"}""")).Str("sid");
        await tenant.SendAsync(HttpMethod.Put, $"/essential/v2/account/subscribers/{sid}", $$$"""{"status":"{{{status}}}"}""");

        var onChannel = await tenant.SendAsync(HttpMethod.Post, MessagesPath(tenant, "5009998402"), """{"body":"Hello"}""");
        var bySid = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/messages", $$$"""{"subscriber":"{{{sid}}}","body":"Hello"}""");

        Assert.Equal("The subscriber is not subscribed to this channel; the message was not sent.", onChannel.AssertError(HttpStatusCode.MethodNotAllowed));
        bySid.AssertError(HttpStatusCode.MethodNotAllowed);
        Assert.Empty(tenant.Outbox);
        Assert.Empty(tenant.Engine.ListMessages(tenant.AccountSid));
    }

    [Fact]
    public async Task The_account_level_send_goes_out_on_the_subscribers_own_channel()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var sid = (await tenant.UpsertAsync("""{"phone_number":"5009998403"}""")).Str("sid");

        var sent = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/messages", $$$"""{"subscriber":"sub_{{{sid}}}","body":"Hello subscriber."}""");
        var missing = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/messages", """{"body":"Hello"}""");
        var unknown = await tenant.SendAsync(HttpMethod.Post, "/essential/v2/account/messages", """{"subscriber":"NoSuchSubscriber000000","body":"Hello"}""");

        Assert.Equal(HttpStatusCode.Created, sent.Status);
        Assert.Equal(tenant.ChannelSid, sent.Str("channel_sid"));
        Assert.Equal(sid, sent.Str("subscriber_sid"));
        missing.AssertError(HttpStatusCode.BadRequest);
        unknown.AssertError(HttpStatusCode.NotFound);
        Assert.Single(tenant.Outbox);
    }

    [Fact]
    public async Task A_message_needs_text_or_media_and_media_makes_it_an_mms()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        await tenant.UpsertAsync("""{"phone_number":"5009998404"}""");
        var path = MessagesPath(tenant, "5009998404");

        var empty = await tenant.SendAsync(HttpMethod.Post, path, """{"priority":"low"}""");
        var notAUrl = await tenant.SendAsync(HttpMethod.Post, path, """{"media_urls":["picture.png"]}""");
        var mms = await tenant.SendAsync(HttpMethod.Post, path, """{"media_urls":["https://example.com/a.png"]}""");

        Assert.Equal("Give 'body' or 'media_urls' (or both).", empty.AssertError(HttpStatusCode.BadRequest));
        notAUrl.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, mms.Status);
        Assert.Equal("https://example.com/a.png", mms.Body.GetProperty("media_urls")[0].GetString());
        var sent = Assert.Single(tenant.Outbox);
        Assert.Equal("mms", sent.Channel);
        Assert.Equal("https://example.com/a.png", sent.Metadata["media_urls"]);
    }

    [Fact]
    public async Task The_transport_is_the_named_one_or_one_of_the_requested_protocol_or_the_subscribers_own()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        var shortCode = tenant.Engine.AddTransport(tenant.AccountSid, tenant.ChannelSid, new EssentialTransportDefinition { Endpoint = "55555" });
        var second = tenant.Engine.AddTransport(tenant.AccountSid, tenant.ChannelSid, new EssentialTransportDefinition { Endpoint = "+15005550010" });
        var own = (await tenant.UpsertAsync("""{"phone_number":"5009998405"}""")).Str("transport_sid");
        var path = MessagesPath(tenant, "5009998405");

        var byEndpoint = await tenant.SendAsync(HttpMethod.Post, path, """{"body":"a","transport":"5005550010"}""");
        var byAlias = await tenant.SendAsync(HttpMethod.Post, path, $$$"""{"body":"b","from":"{{{shortCode}}}"}""");
        var bothAgree = await tenant.SendAsync(HttpMethod.Post, path, $$$"""{"body":"c","transport":"55555","from":"{{{shortCode}}}"}""");
        var byProtocol = await tenant.SendAsync(HttpMethod.Post, path, """{"body":"d","protocol":"short"}""");
        var byDefault = await tenant.SendAsync(HttpMethod.Post, path, """{"body":"e"}""");

        Assert.Equal(second, byEndpoint.Str("transport_sid"));
        Assert.Equal("+15005550010", byEndpoint.Str("from_phone_number"));
        Assert.Equal(shortCode, byAlias.Str("transport_sid"));
        Assert.Equal("55555", byAlias.Str("from_phone_number"));
        Assert.Equal(shortCode, bothAgree.Str("transport_sid"));
        Assert.Equal(shortCode, byProtocol.Str("transport_sid"));
        Assert.Equal(own, byDefault.Str("transport_sid"));
    }

    [Fact]
    public async Task A_transport_the_channel_does_not_have_or_cannot_use_is_a_400_and_nothing_is_sent()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        tenant.Engine.AddChannel(tenant.AccountSid, new EssentialChannelDefinition { Name = "Other", TransportEndpoint = "+15005550011" });
        var inactive = tenant.Engine.AddTransport(tenant.AccountSid, tenant.ChannelSid, new EssentialTransportDefinition { Endpoint = "55556", Active = false });
        await tenant.UpsertAsync("""{"phone_number":"5009998406"}""");
        var path = MessagesPath(tenant, "5009998406");

        var otherChannels = await tenant.SendAsync(HttpMethod.Post, path, """{"body":"a","transport":"+15005550011"}""");
        var disagree = await tenant.SendAsync(HttpMethod.Post, path, $$$"""{"body":"b","transport":"55556","from":"{{{tenant.Engine.ListSubscribers(tenant.AccountSid)[0]["transport_sid"]}}}"}""");
        var notActive = await tenant.SendAsync(HttpMethod.Post, path, $$$"""{"body":"c","transport":"{{{inactive}}}"}""");
        var badPriority = await tenant.SendAsync(HttpMethod.Post, path, """{"body":"d","priority":"high"}""");

        Assert.Contains("not a transport", otherChannels.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        disagree.AssertError(HttpStatusCode.BadRequest);
        Assert.Contains("inactive", notActive.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        badPriority.AssertError(HttpStatusCode.BadRequest);
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task A_failed_send_stores_no_message_and_the_retry_sends_one()
    {
        using var tenant = EssentialTenant.Create(fixture.Server, welcomeMessage: null);
        await tenant.UpsertAsync("""{"phone_number":"5009998407"}""");
        tenant.Engine.FailNextSend(tenant.AccountSid);

        var failed = await tenant.SendAsync(HttpMethod.Post, MessagesPath(tenant, "5009998407"), """{"body":"Hi"}""");
        var stored = tenant.Engine.ListMessages(tenant.AccountSid).Count;
        var retried = await tenant.SendAsync(HttpMethod.Post, MessagesPath(tenant, "5009998407"), """{"body":"Hi"}""");

        failed.AssertError(HttpStatusCode.InternalServerError);
        Assert.Equal(0, stored);
        Assert.Equal(HttpStatusCode.Created, retried.Status);
        Assert.Single(tenant.Engine.ListMessages(tenant.AccountSid));
        Assert.Single(tenant.Outbox);
    }

    private static string MessagesPath(EssentialTenant tenant, string subscriber) =>
        $"/essential/v2/account/channels/{tenant.ChannelSid}/subscribers/{subscriber}/messages";
}
