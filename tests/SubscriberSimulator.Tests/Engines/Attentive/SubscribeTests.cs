using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class SubscribeTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task A_new_phone_gets_a_pending_TEXT_subscription_a_Reply_Y_text_and_the_legal_disclosure()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""");

        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], response.CreationResults());
        Assert.Equal("+19148440001", response.Body.GetProperty("user").GetProperty("phone").GetString());
        Assert.Equal(["reply-y:sms:+19148440001", "legal-disclosure:sms:+19148440001"], tenant.OutboxKinds);
        Assert.Contains("Reply Y", tenant.Outbox[0].Body, StringComparison.Ordinal);
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions("+19148440001"));
    }

    [Fact]
    public async Task Single_opt_in_skips_the_Reply_Y_text_but_still_sends_the_legal_disclosure()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","singleOptIn":true}""");

        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], response.CreationResults());
        Assert.Equal(["legal-disclosure:sms:+19148440001"], tenant.OutboxKinds);
        Assert.Equal(["Marketing/Active"], tenant.TextSubscriptions("+19148440001"));
    }

    [Fact]
    public async Task A_repeat_TEXT_subscribe_is_PREVIOUSLY_CREATED_and_sends_the_already_subscribed_text()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","singleOptIn":true}""");

        var response = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""");

        Assert.Equal(["MARKETING/TEXT/PREVIOUSLY_CREATED"], response.CreationResults());
        Assert.Equal(["legal-disclosure:sms:+19148440001", "already-subscribed:sms:+19148440001"], tenant.OutboxKinds);
        Assert.Equal(["Marketing/Active"], tenant.TextSubscriptions("+19148440001"));
    }

    [Fact]
    public async Task An_email_gets_an_EMAIL_subscription_and_a_repeat_sends_no_already_subscribed_text()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var first = await tenant.SubscribeAsync("""{"user":{"email":"Ada@Example.com"},"signUpSourceId":"1001"}""");
        var second = await tenant.SubscribeAsync("""{"user":{"email":"ada@example.com"},"signUpSourceId":"1001"}""");

        Assert.Equal(["MARKETING/EMAIL/NEWLY_CREATED"], first.CreationResults());
        Assert.Equal(["MARKETING/EMAIL/PREVIOUSLY_CREATED"], second.CreationResults());
        Assert.Equal(["legal-disclosure:email:Ada@Example.com"], tenant.OutboxKinds);
        Assert.Equal(["Marketing/Active"], tenant.EmailSubscriptions("ADA@example.com"));
    }

    [Fact]
    public async Task Phone_and_email_together_give_one_entry_per_channel()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync("""{"user":{"phone":"+442071838750","email":"ada@example.com"},"signUpSourceId":"1002"}""");

        Assert.Equal(["TRANSACTIONAL/TEXT/NEWLY_CREATED", "TRANSACTIONAL/EMAIL/NEWLY_CREATED"], response.CreationResults());
        Assert.Equal(["Transactional/Pending"], tenant.TextSubscriptions("+442071838750"));
        Assert.Equal(["Transactional/Active"], tenant.EmailSubscriptions("ada@example.com"));
    }

    [Theory]
    [InlineData("+19148440001")]
    [InlineData("+442071838750")]
    [InlineData("+551155256325")]
    public async Task The_documented_valid_E164_examples_are_accepted(string phone)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync($$"""{"user":{"phone":"{{phone}}"},"signUpSourceId":"1001"}""");

        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], response.CreationResults());
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions(phone));
    }

    [Theory]
    [InlineData("19148440001")]
    [InlineData("+1---914---844---0001")]
    [InlineData("1 () 914 844 0001")]
    // E.164 in shape, but no country issues these (area code 000; UK numbers do not start 0 after +44):
    // the shared phone library's metadata refuses them.
    [InlineData("+10009148440")]
    [InlineData("+440207183875")]
    public async Task The_documented_invalid_E164_examples_are_a_400_and_nobody_is_opted_in(string phone)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync($$"""{"user":{"phone":"{{phone}}"},"signUpSourceId":"1001"}""");

        var message = response.AssertError(HttpStatusCode.BadRequest);
        Assert.Contains("phone", message, StringComparison.Ordinal);
        Assert.DoesNotContain("914", message, StringComparison.Ordinal);
        Assert.Equal(0, tenant.Engine.CountContacts(tenant.CompanyId, SubscriberSimulator.Engines.Attentive.AttentiveChannel.Text));
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task An_E164_number_no_country_issues_is_refused_with_the_rule_it_broke()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync("""{"user":{"phone":"+13115552368"},"signUpSourceId":"1001"}""");

        Assert.Equal("user.phone is not a valid number for its region.", response.AssertError(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("MARKETING", "MARKETING")]
    [InlineData("TRANSACTIONAL", "TRANSACTIONAL")]
    public async Task Locale_and_type_resolve_the_one_matching_API_unit(string requested, string expected)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync($$"""{"user":{"phone":"+19148440001"},"locale":{"language":"en","country":"US"},"subscriptionType":"{{requested}}"}""");

        Assert.Equal([$"{expected}/TEXT/NEWLY_CREATED"], response.CreationResults());
    }

    [Theory]
    [InlineData("de", "DE", "MARKETING", "No API sign-up unit")]
    [InlineData("fr", "CA", "MARKETING", "2 API sign-up units")]
    [InlineData("fr", "CA", "TRANSACTIONAL", "No API sign-up unit")]
    public async Task Locale_and_type_matching_no_unit_or_several_units_is_a_400_and_nobody_is_opted_in(string language, string country, string type, string expected)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var before = tenant.Snapshot();

        var response = await tenant.SubscribeAsync($$"""{"user":{"phone":"+19148440001","email":"ada@example.com"},"locale":{"language":"{{language}}","country":"{{country}}"},"subscriptionType":"{{type}}"}""");

        Assert.Contains(expected, response.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(before, tenant.Snapshot());
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task Locale_matching_is_case_sensitive()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"locale":{"language":"EN","country":"us"},"subscriptionType":"MARKETING"}""");

        response.AssertError(HttpStatusCode.BadRequest);
        Assert.Empty(tenant.TextSubscriptions("+19148440001"));
    }

    [Fact]
    public async Task A_non_API_unit_is_never_resolved_by_locale_and_cannot_be_named_as_the_source()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var named = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1005"}""");

        Assert.Contains("not an API sign-up unit", named.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task SignUpSourceId_wins_over_locale_and_type_sent_with_it()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        // fr-CA MARKETING alone would be ambiguous (two units); the named transactional unit decides.
        var response = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1002","locale":{"language":"fr","country":"CA"},"subscriptionType":"MARKETING"}""");

        Assert.Equal(["TRANSACTIONAL/TEXT/NEWLY_CREATED"], response.CreationResults());
    }

    [Fact]
    public async Task An_unknown_sign_up_source_or_one_of_another_company_is_a_400()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        using var other = AttentiveTenant.Create(fixture.Server);
        other.Engine.AddSignUpUnit(other.CompanyId, new SubscriberSimulator.Engines.Attentive.AttentiveSignUpUnit("9999", SubscriberSimulator.Engines.Attentive.AttentiveSubscriptionType.Marketing));

        var unknown = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"424242"}""");
        var foreign = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"9999"}""");

        Assert.Contains("signUpSourceId", unknown.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("signUpSourceId", foreign.AssertError(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(tenant.Outbox);
    }

    [Theory]
    [InlineData("""{"user":{"phone":"+19148440001"}}""")]
    [InlineData("""{"user":{"phone":"+19148440001"},"subscriptionType":"MARKETING"}""")]
    [InlineData("""{"user":{"phone":"+19148440001"},"locale":{"language":"en","country":"US"}}""")]
    [InlineData("""{"user":{"phone":"+19148440001"},"locale":{"language":"en"},"subscriptionType":"MARKETING"}""")]
    [InlineData("""{"user":{"phone":"+19148440001"},"locale":{"language":"en","country":"US"},"subscriptionType":"CHECKOUT_ABANDONED"}""")]
    [InlineData("""{"user":{},"signUpSourceId":"1001"}""")]
    public async Task Without_a_source_or_a_full_locale_and_type_or_without_a_user_identifier_it_is_a_400(string json)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var response = await tenant.SubscribeAsync(json);

        response.AssertError(HttpStatusCode.BadRequest);
        Assert.Empty(tenant.TextSubscriptions("+19148440001"));
        Assert.Empty(tenant.Outbox);
    }

    [Fact]
    public async Task External_identifiers_are_echoed_stored_and_merged_on_a_later_subscribe()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var first = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","externalIdentifiers":{"clientUserId":"u-1","customIdentifiers":[{"name":"crm","value":"c-1"}]}}""");
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1002","externalIdentifiers":{"shopifyId":"s-9","customIdentifiers":[{"name":"crm","value":"c-2"}]}}""");

        Assert.Equal("u-1", first.Body.GetProperty("externalIdentifiers").GetProperty("clientUserId").GetString());
        var stored = tenant.Engine.GetExternalIdentifiers(tenant.CompanyId, SubscriberSimulator.Engines.Attentive.AttentiveChannel.Text, "+19148440001");
        Assert.NotNull(stored);
        Assert.Equal("u-1", stored.ClientUserId);
        Assert.Equal("s-9", stored.ShopifyId);
        Assert.Equal("c-2", Assert.Single(stored.CustomIdentifiers).Value);
    }

    [Fact]
    public async Task A_created_subscription_is_visible_to_the_eligibility_lookup_at_once()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","singleOptIn":true}""");
        var lookup = await tenant.EligibilityByPhoneAsync("+19148440001");

        Assert.Equal(["MARKETING/TEXT/true"], lookup.Eligibilities());
    }

    [Fact]
    public async Task Fail_next_send_makes_the_subscribe_fail_with_500_and_change_nothing()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var before = tenant.Snapshot();
        var control = await tenant.ControlAsync(HttpMethod.Post, "/fail-next-send");

        var failed = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001"}""");
        var afterFailure = tenant.Snapshot();
        var retried = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001"}""");

        Assert.Equal(HttpStatusCode.NoContent, control.Status);
        failed.AssertError(HttpStatusCode.InternalServerError);
        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED", "MARKETING/EMAIL/NEWLY_CREATED"], retried.CreationResults());
        Assert.Equal(before, afterFailure);
        Assert.Equal(3, tenant.Outbox.Count);
    }
}
