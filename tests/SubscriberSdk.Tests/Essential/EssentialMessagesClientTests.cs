using SubscriberSdk.Essential;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Essential;

public sealed class EssentialMessagesClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Theory]
    [InlineData("4155550140")]
    [InlineData("+1 (415) 555-0140")]
    [InlineData("14155550140")]
    public async Task A_subscribed_subscriber_gets_the_message_whatever_form_the_number_takes(string number)
    {
        using var tenant = new EssentialTestTenant(simulator);
        var subscriber = await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550140" });

        var sent = await tenant.Client.Messages.SendAsync(tenant.ChannelSid, number, new EssentialMessageRequest { Body = "Your order shipped.", ExternalOwnerId = "order-1" });

        Assert.Equal(201, sent.StatusCode);
        Assert.Equal("queuing", sent.Value.Status);
        Assert.Equal(subscriber.Value.Sid, sent.Value.SubscriberSid);
        Assert.Equal("+14155550140", sent.Value.ToPhoneNumber);
        Assert.Equal("order-1", sent.Value.ExternalOwnerId);
        Assert.Empty(sent.Value.MediaUrls);
        Assert.Single(tenant.Outbox(), m => m.Kind == "message" && m.Body == "Your order shipped.");
    }

    [Fact]
    public async Task By_sid_on_the_channel_or_on_the_account_with_media_and_a_transport()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var shortCode = tenant.Engine.AddTransport(tenant.Credentials.AccountSid, tenant.ChannelSid, new SubscriberSimulator.Engines.Essential.EssentialTransportDefinition { Endpoint = "55555" });
        var sid = (await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550141" })).Value.Sid;

        var onChannel = await tenant.Client.Messages.SendAsync(tenant.ChannelSid, "sub_" + sid, new EssentialMessageRequest
        {
            MediaUrls = ["https://example.com/a.png"],
            Protocol = EssentialTransportProtocol.Short,
            Priority = EssentialMessagePriority.Low,
        });
        var onAccount = await tenant.Client.Messages.SendToSubscriberAsync(sid, new EssentialMessageRequest { Body = "Hi", Transport = "55555" });

        Assert.Equal(["https://example.com/a.png"], onChannel.Value.MediaUrls);
        Assert.Equal(shortCode, onChannel.Value.TransportSid);
        Assert.Equal("55555", onAccount.Value.FromPhoneNumber);
        Assert.Equal(tenant.ChannelSid, onAccount.Value.ChannelSid);
        Assert.Contains(tenant.Outbox(), m => m.Channel == "mms" && m.Metadata["priority"] == "low");
    }

    [Fact]
    public async Task A_subscriber_who_is_not_subscribed_is_UnsubscribedException_and_gets_nothing()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var sid = (await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550142" })).Value.Sid;
        await tenant.Client.Subscribers.UnsubscribeAsync(sid);
        var outboxBefore = tenant.Outbox().Count;

        var onChannel = await Assert.ThrowsAsync<UnsubscribedException>(() =>
            tenant.Client.Messages.SendAsync(tenant.ChannelSid, "4155550142", new EssentialMessageRequest { Body = "Hello" }));
        var onAccount = await Assert.ThrowsAsync<UnsubscribedException>(() =>
            tenant.Client.Messages.SendToSubscriberAsync(sid, new EssentialMessageRequest { Body = "Hello" }));

        Assert.Equal(405, onChannel.StatusCode);
        Assert.Equal(405, onAccount.StatusCode);
        Assert.Equal(outboxBefore, tenant.Outbox().Count);
        Assert.Empty(tenant.Engine.ListMessages(tenant.Credentials.AccountSid));
    }

    [Fact]
    public async Task An_unknown_subscriber_is_ResourceNotFound()
    {
        using var tenant = new EssentialTestTenant(simulator);

        var onChannel = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            tenant.Client.Messages.SendAsync(tenant.ChannelSid, "4155550143", new EssentialMessageRequest { Body = "Hello" }));
        var onAccount = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            tenant.Client.Messages.SendToSubscriberAsync("NoSuchSubscriber000000", new EssentialMessageRequest { Body = "Hello" }));

        Assert.Equal(404, onChannel.StatusCode);
        Assert.Equal(404, onAccount.StatusCode);
    }

    [Fact]
    public async Task Search_enumerates_every_match_newest_first_and_a_page_carries_the_total()
    {
        using var tenant = new EssentialTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550144" });
        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550145" });
        foreach (var (number, body) in new[] { ("4155550144", "one"), ("4155550145", "two"), ("4155550144", "three") })
        {
            await tenant.Client.Messages.SendAsync(tenant.ChannelSid, number, new EssentialMessageRequest { Body = body });
        }

        var toFirst = await tenant.Client.Messages.SearchAsync(new EssentialMessageSearch { ToPhoneNumber = "+1 415-555-0144" }, pageSize: 1).ToListAsync();
        var page = await tenant.Client.Messages.SearchAsync(new EssentialMessageSearch { Channel = "Main", Status = "sent" }, pageSize: 2).AsPages().FirstAsync();
        var lastPage = await tenant.Client.Messages.SearchAsync(pageSize: 2).AsPages(page.ContinuationToken).FirstAsync();
        var none = await tenant.Client.Messages.SearchAsync(new EssentialMessageSearch { StartTime = DateTimeOffset.UtcNow.AddDays(1) }).AsPages().FirstAsync();

        Assert.Equal(["three", "one"], toFirst.Select(m => m.Body));
        Assert.Equal("Main", toFirst[0].ChannelName);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(["three", "two"], page.Values.Select(m => m.Body));
        Assert.Equal("2", page.ContinuationToken);
        Assert.Equal(["one"], lastPage.Values.Select(m => m.Body));
        Assert.Null(lastPage.ContinuationToken);
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task What_cannot_succeed_is_refused_before_anything_is_sent()
    {
        using var tenant = new EssentialTestTenant(simulator);
        var before = simulator.Journal().Count;

        var empty = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            tenant.Client.Messages.SendAsync(tenant.ChannelSid, "4155550146", new EssentialMessageRequest { Body = "" }));
        var tooLong = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            tenant.Client.Messages.SendToSubscriberAsync("SB1", new EssentialMessageRequest { Body = new string('x', 1601) }));
        var badMedia = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            tenant.Client.Messages.SendAsync(tenant.ChannelSid, "4155550146", new EssentialMessageRequest { MediaUrls = ["picture.png"] }));
        var badNumber = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            tenant.Client.Messages.SendAsync(tenant.ChannelSid, "+44 20 7946 0000", new EssentialMessageRequest { Body = "Hi" }));
        var noSubscriber = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            tenant.Client.Messages.SendToSubscriberAsync(" ", new EssentialMessageRequest { Body = "Hi" }));
        var backwards = Assert.Throws<InvalidSubscriberArgumentException>(() =>
            tenant.Client.Messages.SearchAsync(new EssentialMessageSearch { StartTime = DateTimeOffset.UtcNow, EndTime = DateTimeOffset.UtcNow.AddDays(-1) }));
        var badFilter = Assert.Throws<InvalidSubscriberArgumentException>(() =>
            tenant.Client.Messages.SearchAsync(new EssentialMessageSearch { FromPhoneNumber = "1234" }));

        Assert.Equal("request", empty.ParamName);
        Assert.Equal("request.Body", tooLong.ParamName);
        Assert.Equal("request.MediaUrls", badMedia.ParamName);
        Assert.Equal("phoneNumberOrSid", badNumber.ParamName);
        Assert.Equal("subscriberSid", noSubscriber.ParamName);
        Assert.Equal("search", backwards.ParamName);
        Assert.Equal("search.FromPhoneNumber", badFilter.ParamName);
        Assert.Equal(before, simulator.Journal().Count);
    }
}
