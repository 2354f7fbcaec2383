using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.MobileTextAlerts;

public sealed class MobileTextAlertsMessagesTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_send_messages_each_reachable_subscriber_once_and_never_an_opted_out_number()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var group = tenant.Engine.AddGroup(tenant.Account.TenantId, "VIP");
        var member = tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550400", GroupIds = [group.Id] });
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550401", GroupIds = [group.Id] });
        tenant.Engine.StopReply(tenant.Account.TenantId, "+14155550401");
        var confirmations = tenant.Outbox().Count;

        var result = await tenant.Client.Messages.SendAsync(new MobileTextAlertsMessage
        {
            Text = "Doors open at 9.",
            SubscriberIds = [member.Id],
            Recipients = ["(415) 555-0402", "New@Example.com"],
            GroupIds = [group.Id],
        });

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(4, result.Value.TotalRecipientCount);
        Assert.Equal(2, result.Value.SentCount);
        Assert.Equal(1, result.Value.OptedOutCount);
        Assert.Equal(1, result.Value.NoNumberCount);
        Assert.Equal(2, result.Value.CreatedSubscriberCount);
        Assert.True(Guid.TryParse(result.Value.MessageId, out _));
        var sent = tenant.Outbox().Skip(confirmations).ToList();
        Assert.Equal(["+14155550400", "+14155550402"], sent.Select(m => m.To));
        Assert.All(sent, m => Assert.Equal("Doors open at 9.", m.Body));
        Assert.DoesNotContain(sent, m => m.To == "+14155550401");
    }

    [Fact]
    public async Task An_image_makes_an_mms()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550410" });

        var result = await tenant.Client.Messages.SendAsync(new MobileTextAlertsMessage { ImageUrl = new Uri("https://example.com/a.png"), AllSubscribers = true });

        Assert.Equal(1, result.Value.SentCount);
        var message = Assert.Single(tenant.Outbox());
        Assert.Equal("mms", message.Channel);
        Assert.Equal("https://example.com/a.png", message.Metadata["image"]);
    }

    [Fact]
    public async Task An_unknown_subscriber_id_is_a_validation_error_and_nothing_is_sent()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550420" });

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => tenant.Client.Messages.SendAsync(
            new MobileTextAlertsMessage { Text = "Hi", SubscriberIds = [1], Recipients = ["+14155550420"] }));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Subscriber 1 does not exist", error.ProviderMessage, StringComparison.Ordinal);
        Assert.Empty(tenant.Outbox());
    }

    [Fact]
    public async Task A_send_is_not_retried_after_a_server_error_so_nothing_goes_out_twice()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550430" });
        tenant.Engine.SetSendFailure(tenant.Account.TenantId, true);

        var error = await Assert.ThrowsAsync<SubscriberApiException>(() => tenant.Client.Messages.SendAsync(new MobileTextAlertsMessage { Text = "Hi", AllSubscribers = true }));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal(1, error.Details.Attempts);
        Assert.Empty(tenant.Outbox());
    }

    public static TheoryData<MobileTextAlertsMessage, string> Refused() => new()
    {
        { new MobileTextAlertsMessage { AllSubscribers = true }, "message" },
        { new MobileTextAlertsMessage { Text = new string('a', 161), AllSubscribers = true }, "message.Text" },
        { new MobileTextAlertsMessage { Text = new string('a', 1551), IsMms = true, AllSubscribers = true }, "message.Text" },
        { new MobileTextAlertsMessage { Text = "Hi" }, "message" },
        { new MobileTextAlertsMessage { Text = "Hi", AllSubscribers = true, GroupIds = [1] }, "message.AllSubscribers" },
        { new MobileTextAlertsMessage { Text = "Hi", SubscriberIds = [0] }, "message.SubscriberIds[0]" },
        { new MobileTextAlertsMessage { Text = "Hi", Recipients = ["+14155550440", "12"] }, "message.Recipients[1]" },
        { new MobileTextAlertsMessage { Text = "Hi", Recipients = ["not@an"] }, "message.Recipients[0]" },
        { new MobileTextAlertsMessage { Text = "Hi", Recipients = [" "] }, "message.Recipients[0]" },
        { new MobileTextAlertsMessage { ImageUrl = new Uri("ftp://example.com/a.png"), AllSubscribers = true }, "message.ImageUrl" },
        { new MobileTextAlertsMessage { Text = "Hi", GroupIds = Enumerable.Range(1, 1001).Select(i => (long)i).ToArray() }, "message.GroupIds" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_send_that_cannot_succeed_is_refused_before_sending(MobileTextAlertsMessage message, string paramName)
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var before = simulator.Journal().Count;

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Messages.SendAsync(message));

        Assert.Equal(paramName, error.ParamName);
        Assert.Equal(before, simulator.Journal().Count);
    }

    [Fact]
    public async Task An_sms_of_160_emoji_is_within_the_limit()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550450" });

        var result = await tenant.Client.Messages.SendAsync(new MobileTextAlertsMessage { Text = string.Concat(Enumerable.Repeat("😀", 160)), AllSubscribers = true });

        Assert.Equal(1, result.Value.SentCount);
    }
}
