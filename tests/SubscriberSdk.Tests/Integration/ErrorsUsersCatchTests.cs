using SubscriberSdk.Essential;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Essential;
using SubscriberSdk.Tests.MobileTextAlerts;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.Integration;

/// <summary>The errors a new user meets first, as the simulator answers them: one exception per thing to do, said once.</summary>
public sealed class ErrorsUsersCatchTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_Mobile_Text_Alerts_landline_is_CannotReceiveSms_like_Essentials_412()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        tenant.Engine.SetLineType(tenant.Account.TenantId, "+15005550006", MtaLineType.Landline);

        var error = await Assert.ThrowsAsync<CannotReceiveSmsException>(() =>
            tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+15005550006" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("landline", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("5005550006", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unsubscribed_message_says_what_happened_and_what_to_do_once()
    {
        using var tenant = new EssentialTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550144" });
        tenant.Engine.StopReply(tenant.Credentials.AccountSid, tenant.ChannelSid, "4155550144");

        var error = await Assert.ThrowsAsync<UnsubscribedException>(() =>
            tenant.Client.Subscribers.UpsertAsync(tenant.ChannelSid, new EssentialUpsertRequest { PhoneNumber = "4155550144" }));

        Assert.Equal(1, Occurrences(error.Message, "unsubscribed"));
        Assert.Equal(1, Occurrences(error.Message, "update endpoint"));
    }

    [Fact]
    public async Task A_404_that_is_not_the_providers_error_says_to_check_BaseAddress()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator, o => o.BaseAddress = simulator.BaseAddress("no-such-prefix"));

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.GetAsync("+14155550145"));

        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_in_the_providers_shape_is_a_missing_record_not_a_wrong_address()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.GetAsync("+14155550146"));

        Assert.DoesNotContain("BaseAddress", error.Message, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
