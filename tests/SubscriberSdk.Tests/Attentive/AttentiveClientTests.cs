using SubscriberSdk.Attentive;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Attentive;

public sealed class AttentiveClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Subscribe_creates_then_reports_the_existing_subscription()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        var request = new AttentiveSubscribeRequest { Phone = "+14155550301", SignUpSourceId = AttentiveTestTenant.SignUpSourceId };

        var first = await tenant.Client.Subscriptions.SubscribeAsync(request);
        var second = await tenant.Client.Subscriptions.SubscribeAsync(request);

        Assert.Equal(202, first.StatusCode);
        Assert.Equal(OperationOutcome.Created, first.Outcome);
        Assert.Equal(OperationOutcome.Skipped, second.Outcome);
        Assert.Contains(tenant.Outbox(), m => m.Kind == "reply-y");
    }

    [Fact]
    public async Task Locale_and_type_pick_the_sign_up_unit()
    {
        using var tenant = new AttentiveTestTenant(simulator);

        var response = await tenant.Client.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest
        {
            Email = "att@example.com",
            Locale = new AttentiveLocale("en", "US"),
            SubscriptionType = AttentiveOptInSubscriptionType.Marketing,
        });

        Assert.Equal(OperationOutcome.Created, response.Outcome);
        var subscriptions = await tenant.Client.Subscriptions.GetAsync(email: "att@example.com");
        Assert.Contains(subscriptions.Value, s => s.Subscription?.Channel == AttentiveSubscriptionChannel.Email);
    }

    [Fact]
    public async Task Eligibility_by_phone_sends_the_plus_encoded_and_a_raw_plus_gets_the_400_that_says_so()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        await tenant.Client.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+14155550304", SignUpSourceId = AttentiveTestTenant.SignUpSourceId });

        // The simulator reads an unencoded '+' as a space and refuses it, so an answer proves the client encoded it.
        var byPhone = await tenant.Client.Subscriptions.GetAsync(phone: "+14155550304");
        var raw = await Assert.ThrowsAsync<RequestValidationException>(() =>
            tenant.Client.SendRequestAsync(HttpMethod.Get, "/v1/subscriptions?phone=+14155550304"));

        Assert.Contains(byPhone.Value, s => s.Subscription?.Channel == AttentiveSubscriptionChannel.Text);
        Assert.Equal(400, raw.StatusCode);
        Assert.Contains("%2B", raw.ProviderMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_removes_then_skips()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        await tenant.Client.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+14155550302", SignUpSourceId = AttentiveTestTenant.SignUpSourceId });

        var first = await tenant.Client.Subscriptions.UnsubscribeAsync(new AttentiveUnsubscribeRequest { Phone = "+14155550302" });
        var second = await tenant.Client.Subscriptions.UnsubscribeAsync(new AttentiveUnsubscribeRequest { Phone = "+14155550302", DisableNotification = true });

        Assert.Equal(OperationOutcome.Removed, first.Outcome);
        Assert.Equal(OperationOutcome.Skipped, second.Outcome);
    }

    [Fact]
    public async Task An_unknown_sign_up_source_is_a_validation_error()
    {
        using var tenant = new AttentiveTestTenant(simulator);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            tenant.Client.Subscriptions.SubscribeAsync(new AttentiveSubscribeRequest { Phone = "+14155550303", SignUpSourceId = "nope" }));

        Assert.Equal(400, error.StatusCode);
        Assert.NotNull(error.ProviderCode);
        Assert.NotNull(error.ProviderMessage);
    }

    [Fact]
    public async Task Me_names_the_company_and_a_bad_token_is_AuthenticationFailed()
    {
        using var tenant = new AttentiveTestTenant(simulator);
        using var stranger = new AttentiveTestTenant(simulator, o => o.AccessToken = "bad-token");

        var me = await tenant.Client.Account.GetMeAsync();
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => stranger.Client.Account.GetMeAsync());

        Assert.Equal(tenant.CompanyId, me.Value?.CompanyId);
        Assert.Equal(401, error.StatusCode);
    }
}
