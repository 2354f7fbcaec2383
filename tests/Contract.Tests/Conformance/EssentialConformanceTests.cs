namespace Contract.Tests.Conformance;

/// <summary>Essential v2's documented subscriber behaviours, over HTTP only.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class EssentialConformanceTests(ConformanceEnvironment environment)
{
    [Fact]
    public async Task Upsert_answers_201_for_a_new_number_then_200_with_the_same_subscriber()
    {
        using var target = await environment.EssentialAsync();
        var phone = TestPhones.NextTenDigits();
        var path = $"v2/account/channels/{target.Settings["channel_sid"]}/subscribers/upsert";

        var created = await target.SendAsync(HttpMethod.Post, path, new { phone_number = TestPhones.ToE164(phone), properties = new { plan = "gold" } });
        var updated = await target.SendAsync(HttpMethod.Post, path, new { phone_number = phone, properties = new { seats = "2" } });

        Assert.Equal(201, created.Status);
        Assert.Equal(200, updated.Status);
        Assert.Equal(phone, created.Text("phone_number"));
        Assert.Equal(created.Text("sid"), updated.Text("sid"));
        Assert.Equal("gold", updated.Text("properties.plan"));
        Assert.Equal("2", updated.Text("properties.seats"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task An_unsubscribed_number_is_refused_with_405_and_stays_unsubscribed()
    {
        using var target = await environment.EssentialAsync();
        var phone = TestPhones.NextTenDigits();
        var path = $"v2/account/channels/{target.Settings["channel_sid"]}/subscribers/upsert";
        var created = await target.SendAsync(HttpMethod.Post, path, new { phone_number = phone });

        var unsubscribed = await target.SendAsync(HttpMethod.Delete, $"v2/account/subscribers/{created.Text("sid")}");
        var refused = await target.SendAsync(HttpMethod.Post, path, new { phone_number = phone });
        var fetched = await target.SendAsync(HttpMethod.Get, $"v2/account/subscribers/{created.Text("sid")}");

        Assert.Equal(200, unsubscribed.Status);
        Assert.Equal(405, refused.Status);
        Assert.Equal("405", refused.Text("status"));
        Assert.False(string.IsNullOrEmpty(refused.Text("message")));
        Assert.Equal("unsubscribed", fetched.Text("status"));
        target.Log.AssertClean(4);
    }

    [Fact]
    public async Task Two_welcome_choices_at_once_are_a_400_in_the_error_shape()
    {
        using var target = await environment.EssentialAsync();

        var response = await target.SendAsync(HttpMethod.Post, $"v2/account/channels/{target.Settings["channel_sid"]}/subscribers/upsert",
            new { phone_number = TestPhones.NextTenDigits(), welcome_message_body = "Hi", send_welcome_series = true });

        Assert.Equal(400, response.Status);
        Assert.Equal("400", response.Text("status"));
        target.Log.AssertClean(1);
    }

    [Fact]
    public async Task An_unknown_channel_is_a_404()
    {
        using var target = await environment.EssentialAsync();

        var response = await target.SendAsync(HttpMethod.Get, $"v2/account/channels/{Guid.NewGuid():N}/tags");

        Assert.Equal(404, response.Status);
        target.Log.AssertClean(1);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task A_landline_is_refused_with_412()
    {
        using var target = await environment.EssentialAsync();
        var phone = TestPhones.NextTenDigits();
        await target.ControlAsync(HttpMethod.Post, $"essential/tenants/{target.Settings["account_sid"]}/carrier-lookups", new { phone_number = phone, kind = "landline" });

        var response = await target.SendAsync(HttpMethod.Post, $"v2/account/channels/{target.Settings["channel_sid"]}/subscribers/upsert", new { phone_number = phone });

        Assert.Equal(412, response.Status);
        Assert.Equal("412", response.Text("status"));
        Assert.DoesNotContain(phone, response.Text("message"), StringComparison.Ordinal);
        target.Log.AssertClean(1);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task A_new_subscriber_gets_the_channel_welcome_and_an_update_gets_none()
    {
        using var target = await environment.EssentialAsync();
        var phone = TestPhones.NextTenDigits();
        var path = $"v2/account/channels/{target.Settings["channel_sid"]}/subscribers/upsert";

        await target.SendAsync(HttpMethod.Post, path, new { phone_number = phone });
        await target.SendAsync(HttpMethod.Post, path, new { phone_number = phone });
        var outbox = await target.ControlAsync(HttpMethod.Get, $"outbox?provider=essential&tenant={target.Settings["account_sid"]}");

        Assert.Equal("1", outbox.Text("meta.total"));
        Assert.Equal("welcome", outbox.Text("messages.0.kind"));
        target.Log.AssertClean(2);
    }

    [Fact]
    public async Task A_message_to_a_subscribed_subscriber_is_accepted_as_queuing()
    {
        using var target = await environment.EssentialAsync();
        var phone = TestPhones.NextTenDigits();
        var channel = target.Settings["channel_sid"];
        await target.SendAsync(HttpMethod.Post, $"v2/account/channels/{channel}/subscribers/upsert", new { phone_number = phone });

        var sent = await target.SendAsync(HttpMethod.Post, $"v2/account/channels/{channel}/subscribers/{phone}/messages", new { body = "Conformance hello." });

        Assert.Equal(201, sent.Status);
        Assert.Equal("queuing", sent.Text("status"));
        Assert.Equal(TestPhones.ToE164(phone), sent.Text("to_phone_number"));
        target.Log.AssertClean(2);
    }

    [Fact]
    [Trait("Target", ConformanceSettings.SimulatorOnlyTrait)]
    public async Task A_sent_message_is_in_the_outbox_and_search_finds_it_at_once()
    {
        using var target = await environment.EssentialAsync();
        var phone = TestPhones.NextTenDigits();
        var channel = target.Settings["channel_sid"];
        await target.SendAsync(HttpMethod.Post, $"v2/account/channels/{channel}/subscribers/upsert", new { phone_number = phone });

        var sent = await target.SendAsync(HttpMethod.Post, "v2/account/messages", new { subscriber = (await target.SendAsync(HttpMethod.Get, $"v2/account/subscribers?channel_sid={channel}")).Text("0.sid"), body = "By SID." });
        var found = await target.SendAsync(HttpMethod.Get, $"v2/account/messages/search?to_phone_number={phone}");
        var outbox = await target.ControlAsync(HttpMethod.Get, $"outbox?provider=essential&tenant={target.Settings["account_sid"]}");

        Assert.Equal(201, sent.Status);
        Assert.Equal("1", found.Text("total"));
        Assert.Equal(sent.Text("sid"), found.Text("results.0.sid"));
        Assert.Equal("message", outbox.Text("messages.1.kind"));
        target.Log.AssertClean(4);
    }

    [Fact]
    public async Task A_message_to_an_unsubscribed_subscriber_is_refused_with_405_on_both_sends()
    {
        using var target = await environment.EssentialAsync();
        var phone = TestPhones.NextTenDigits();
        var channel = target.Settings["channel_sid"];
        var created = await target.SendAsync(HttpMethod.Post, $"v2/account/channels/{channel}/subscribers/upsert", new { phone_number = phone });
        await target.SendAsync(HttpMethod.Delete, $"v2/account/subscribers/{created.Text("sid")}");

        var onChannel = await target.SendAsync(HttpMethod.Post, $"v2/account/channels/{channel}/subscribers/{phone}/messages", new { body = "Hello" });
        var bySid = await target.SendAsync(HttpMethod.Post, "v2/account/messages", new { subscriber = created.Text("sid"), body = "Hello" });

        Assert.Equal(405, onChannel.Status);
        Assert.Equal("405", onChannel.Text("status"));
        Assert.Equal(405, bySid.Status);
        target.Log.AssertClean(4);
    }

    [Fact]
    public async Task The_channel_list_holds_the_configured_channel_and_every_list_pages_with_link_headers()
    {
        using var target = await environment.EssentialAsync();
        var channel = target.Settings["channel_sid"];

        var channels = await target.SendAsync(HttpMethod.Get, "v2/account/channels?per_page=1000");
        var one = await target.SendAsync(HttpMethod.Get, $"v2/account/channels/{channel}");
        var transports = await target.SendAsync(HttpMethod.Get, $"v2/account/transports?channel_sid={channel}");
        var tags = await target.SendAsync(HttpMethod.Get, "v2/account/tags?per_page=1");
        var campaigns = await target.SendAsync(HttpMethod.Get, "v2/account/campaigns");

        Assert.Contains(channels.Body!.AsArray(), c => c!["sid"]!.ToString() == channel);
        Assert.Equal(channel, one.Text("sid"));
        Assert.NotEmpty(transports.Body!.AsArray());
        Assert.Equal(200, tags.Status);
        Assert.Equal(200, campaigns.Status);
        target.Log.AssertClean(5);
    }
}
