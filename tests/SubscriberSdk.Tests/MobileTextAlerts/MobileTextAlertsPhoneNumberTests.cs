using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.MobileTextAlerts;

/// <summary>Phone numbers through the Mobile Text Alerts facade: read with the client's DefaultRegion, sent in E.164.</summary>
public sealed class MobileTextAlertsPhoneNumberTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_10_digit_national_number_is_accepted_as_the_API_and_the_README_example_take_it()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var created = await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "9148449011", FirstName = "Ada" });
        var updated = await tenant.Client.Subscribers.UpdateAsync("+19148449011", new MobileTextAlertsSubscriberRequest { PhoneNumber = "(914) 844-9012" });

        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal("+19148449011", created.Value.E164Number);
        Assert.Equal("+19148449012", updated.Value.E164Number);
        Assert.Equal(["+19148449012"], tenant.Engine.ListSubscribers(tenant.Account.TenantId).Select(s => s.E164));
    }

    [Fact]
    public async Task National_numbers_are_read_in_the_clients_DefaultRegion()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator, o => o.DefaultRegion = "GB");

        await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "07400 123456" });
        await tenant.Client.Unsubscribes.UnsubscribeAsync("07400 123457");

        Assert.Equal(["+447400123456"], tenant.Engine.ListSubscribers(tenant.Account.TenantId).Select(s => s.E164));
        Assert.True((await tenant.Client.Unsubscribes.IsUnsubscribedAsync("+44 7400 123457")).Value);
    }

    [Fact]
    public async Task A_refused_number_is_not_sent_and_the_message_names_the_rule()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(
            () => tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "1-800-FLOWERS" }));

        Assert.StartsWith("request.PhoneNumber contains letters.", error.Message, StringComparison.Ordinal);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.Account.TenantId));
    }
}
