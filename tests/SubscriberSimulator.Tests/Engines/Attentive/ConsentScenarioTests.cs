namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class ConsentScenarioTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    private const string Phone = "+19148440001";

    [Fact]
    public async Task Subscribe_reply_Y_unsubscribe_and_re_add_walks_the_whole_consent_flow()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        const string subscribe = """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","singleOptIn":true}""";
        const string doubleOptIn = """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""";

        // 1. Double opt-in subscribe: pending, Reply Y text, legal disclosure.
        var created = await tenant.SubscribeAsync(doubleOptIn);
        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], created.CreationResults());
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions(Phone));
        Assert.Equal(["MARKETING/TEXT/false"], (await tenant.EligibilityByPhoneAsync(Phone)).Eligibilities());
        Assert.Equal(["reply-y:sms:+19148440001", "legal-disclosure:sms:+19148440001"], tenant.OutboxKinds);

        // 2. The subscriber replies Y: active, eligible, welcome text.
        await tenant.ControlAsync(HttpMethod.Post, "/reply-y", """{"phone":"+19148440001"}""");
        Assert.Equal(["Marketing/Active"], tenant.TextSubscriptions(Phone));
        Assert.Equal(["MARKETING/TEXT/true"], (await tenant.EligibilityByPhoneAsync(Phone)).Eligibilities());
        Assert.Equal("welcome:sms:+19148440001", tenant.OutboxKinds[^1]);

        // 3. Unsubscribe through the API: confirmation text, not eligible.
        var unsubscribed = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""");
        Assert.Equal(["MARKETING/TEXT/NEWLY_UNSUBSCRIBED"], unsubscribed.UnsubscribeResults());
        Assert.Equal(["Marketing/Unsubscribed"], tenant.TextSubscriptions(Phone));
        Assert.Equal(["MARKETING/TEXT/false"], (await tenant.EligibilityByPhoneAsync(Phone)).Eligibilities());
        Assert.Equal("unsubscribe-confirmation:sms:+19148440001", tenant.OutboxKinds[^1]);
        Assert.Equal(4, tenant.Outbox.Count);

        // 4. Re-adding, even with singleOptIn, needs the person's own Y again: pending, Reply Y text.
        var readded = await tenant.SubscribeAsync(subscribe);
        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], readded.CreationResults());
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions(Phone));
        Assert.Equal(["MARKETING/TEXT/false"], (await tenant.EligibilityByPhoneAsync(Phone)).Eligibilities());
        Assert.Equal(["reply-y:sms:+19148440001", "legal-disclosure:sms:+19148440001"], tenant.OutboxKinds[^2..]);
        Assert.Equal(6, tenant.Outbox.Count);

        // 5. Only after the second Y is the number eligible again.
        await tenant.ControlAsync(HttpMethod.Post, "/reply-y", """{"phone":"+19148440001"}""");
        Assert.Equal(["MARKETING/TEXT/true"], (await tenant.EligibilityByPhoneAsync(Phone)).Eligibilities());
        Assert.Equal(7, tenant.Outbox.Count);
    }
}
