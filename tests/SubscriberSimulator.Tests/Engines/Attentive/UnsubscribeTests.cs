using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class UnsubscribeTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    private const string BothChannelsBothTypes = """{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001","singleOptIn":true}""";
    private const string BothChannelsTransactional = """{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1002","singleOptIn":true}""";

    [Fact]
    public async Task An_email_reaches_only_EMAIL_subscriptions()
    {
        using var tenant = await SubscribedTenantAsync();

        var response = await tenant.UnsubscribeAsync("""{"user":{"email":"ada@example.com"}}""");

        Assert.Equal(["MARKETING/EMAIL/NEWLY_UNSUBSCRIBED", "TRANSACTIONAL/EMAIL/NEWLY_UNSUBSCRIBED"], response.UnsubscribeResults());
        Assert.Equal(["Marketing/Active", "Transactional/Active"], tenant.TextSubscriptions("+19148440001"));
        Assert.DoesNotContain(tenant.Outbox, message => message.Kind == "unsubscribe-confirmation");
    }

    [Fact]
    public async Task A_phone_reaches_only_TEXT_subscriptions_and_gets_the_confirmation_text()
    {
        using var tenant = await SubscribedTenantAsync();

        var response = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""");

        Assert.Equal(["MARKETING/TEXT/NEWLY_UNSUBSCRIBED", "TRANSACTIONAL/TEXT/NEWLY_UNSUBSCRIBED"], response.UnsubscribeResults());
        Assert.Equal(["Marketing/Active", "Transactional/Active"], tenant.EmailSubscriptions("ada@example.com"));
        Assert.Equal("unsubscribe-confirmation:sms:+19148440001", tenant.OutboxKinds[^1]);
    }

    [Fact]
    public async Task A_subscriptions_list_limits_the_unsubscribe_to_those_pairs()
    {
        using var tenant = await SubscribedTenantAsync();

        var response = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"subscriptions":[{"type":"MARKETING","channel":"TEXT"},{"type":"CHECKOUT_ABANDONED","channel":"EMAIL"}]}""");

        Assert.Equal(["MARKETING/TEXT/NEWLY_UNSUBSCRIBED"], response.UnsubscribeResults());
        Assert.Equal(["Marketing/Unsubscribed", "Transactional/Active"], tenant.TextSubscriptions("+19148440001"));
        Assert.Equal(["Marketing/Active", "Transactional/Active"], tenant.EmailSubscriptions("ada@example.com"));
    }

    [Fact]
    public async Task Omitting_subscriptions_unsubscribes_everything_both_identifiers_reach_and_a_repeat_is_PREVIOUSLY_UNSUBSCRIBED()
    {
        using var tenant = await SubscribedTenantAsync();
        const string request = """{"user":{"phone":"+19148440001","email":"ada@example.com"}}""";

        var first = await tenant.UnsubscribeAsync(request);
        var second = await tenant.UnsubscribeAsync(request);

        Assert.Equal(4, first.UnsubscribeResults().Count(result => result.EndsWith("/NEWLY_UNSUBSCRIBED", StringComparison.Ordinal)));
        Assert.Equal(4, second.UnsubscribeResults().Count(result => result.EndsWith("/PREVIOUSLY_UNSUBSCRIBED", StringComparison.Ordinal)));
        Assert.Equal(2, tenant.Outbox.Count(message => message.Kind == "unsubscribe-confirmation"));
        var lookup = await tenant.EligibilityByPhoneAsync("+19148440001");
        Assert.Equal(["MARKETING/TEXT/false", "TRANSACTIONAL/TEXT/false"], lookup.Eligibilities());
    }

    [Fact]
    public async Task Notification_disabled_suppresses_the_confirmation_text()
    {
        using var tenant = await SubscribedTenantAsync();

        var response = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"},"notification":{"disabled":true}}""");

        Assert.Equal(2, response.UnsubscribeResults().Length);
        Assert.DoesNotContain(tenant.Outbox, message => message.Kind == "unsubscribe-confirmation");
    }

    [Fact]
    public async Task Notification_language_fr_CA_sends_the_French_confirmation()
    {
        using var tenant = await SubscribedTenantAsync();

        await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"},"notification":{"language":"fr-CA"}}""");

        Assert.Contains("désabonné", tenant.Outbox[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_is_a_404_and_nothing_is_sent()
    {
        using var tenant = await SubscribedTenantAsync();
        var before = tenant.Snapshot();

        var response = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440009","email":"nobody@example.com"}}""");

        response.AssertError(HttpStatusCode.NotFound);
        Assert.Equal(before, tenant.Snapshot());
    }

    [Theory]
    [InlineData("""{"user":{"phone":"+19148440001"},"notification":{"language":"de-DE"}}""")]
    [InlineData("""{"user":{"phone":"+19148440001"},"subscriptions":[{"type":"WEEKLY","channel":"TEXT"}]}""")]
    [InlineData("""{"user":{"phone":"+19148440001"},"subscriptions":[{"type":"MARKETING","channel":"PUSH"}]}""")]
    [InlineData("""{"user":{}}""")]
    public async Task Bad_unsubscribe_details_are_a_400_and_change_nothing(string json)
    {
        using var tenant = await SubscribedTenantAsync();
        var before = tenant.Snapshot();

        var response = await tenant.UnsubscribeAsync(json);

        response.AssertError(HttpStatusCode.BadRequest);
        Assert.Equal(before, tenant.Snapshot());
    }

    private async Task<AttentiveTenant> SubscribedTenantAsync()
    {
        var tenant = AttentiveTenant.Create(fixture.Server);
        Assert.Equal(2, (await tenant.SubscribeAsync(BothChannelsBothTypes)).CreationResults().Length);
        Assert.Equal(2, (await tenant.SubscribeAsync(BothChannelsTransactional)).CreationResults().Length);
        return tenant;
    }
}
