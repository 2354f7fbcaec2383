using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class ConsentControlTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task Replying_Y_confirms_the_pending_TEXT_subscriptions_and_sends_the_welcome_text()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""");
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1002"}""");

        var reply = await tenant.ControlAsync(HttpMethod.Post, "/reply-y", """{"phone":"+19148440001"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(2, reply.Body.GetProperty("subscriptions").EnumerateArray().Count(item => item.GetProperty("state").GetString() == "ACTIVE"));
        Assert.Equal(["Marketing/Active", "Transactional/Active"], tenant.TextSubscriptions("+19148440001"));
        Assert.Equal("welcome:sms:+19148440001", tenant.OutboxKinds[^1]);
        Assert.Equal(["MARKETING/TEXT/true", "TRANSACTIONAL/TEXT/true"], (await tenant.EligibilityByPhoneAsync("+19148440001")).Eligibilities());
    }

    [Fact]
    public async Task Replying_Y_with_nothing_pending_is_a_409_and_an_unknown_number_a_404()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","singleOptIn":true}""");
        var before = tenant.Snapshot();

        var nothingPending = await tenant.ControlAsync(HttpMethod.Post, "/reply-y", """{"phone":"+19148440001"}""");
        var unknown = await tenant.ControlAsync(HttpMethod.Post, "/reply-y", """{"phone":"+19148440002"}""");

        nothingPending.AssertError(HttpStatusCode.Conflict);
        unknown.AssertError(HttpStatusCode.NotFound);
        Assert.Equal(before, tenant.Snapshot());
    }

    [Fact]
    public async Task Replying_STOP_unsubscribes_every_TEXT_subscription_but_no_EMAIL_one()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","email":"ada@example.com"},"signUpSourceId":"1001","singleOptIn":true}""");
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1002"}""");

        var reply = await tenant.ControlAsync(HttpMethod.Post, "/stop-reply", """{"phone":"+19148440001"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["Marketing/Unsubscribed", "Transactional/Unsubscribed"], tenant.TextSubscriptions("+19148440001"));
        Assert.Equal(["Marketing/Active"], tenant.EmailSubscriptions("ada@example.com"));
        Assert.Equal("unsubscribe-confirmation:sms:+19148440001", tenant.OutboxKinds[^1]);
    }

    [Fact]
    public async Task The_same_consent_actions_work_from_CSharp()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""");

        tenant.Engine.ReplyY(tenant.CompanyId, "+19148440001");
        var afterY = tenant.TextSubscriptions("+19148440001");
        tenant.Engine.ReplyStop(tenant.CompanyId, "+19148440001");

        Assert.Equal(["Marketing/Active"], afterY);
        Assert.Equal(["Marketing/Unsubscribed"], tenant.TextSubscriptions("+19148440001"));
        Assert.Throws<InvalidOperationException>(() => tenant.Engine.ReplyY(tenant.CompanyId, "+19148440001"));
        Assert.Throws<ArgumentException>(() => tenant.Engine.ReplyStop(tenant.CompanyId, "19148440001"));
    }

    [Fact]
    public async Task A_company_with_tokens_and_sign_up_units_can_be_created_over_HTTP_and_used_at_once()
    {
        using var client = fixture.Server.CreateClient();
        var companyId = "http-" + Guid.NewGuid().ToString("N");
        using var created = await client.PostAsync("/__sim/attentive/tenants", Support.Http.Json($$"""
            {"companyId":"{{companyId}}","companyName":"Via HTTP",
             "tokens":[{"token":"tok-{{companyId}}","scopes":["subscriptions:write"]}],
             "signUpUnits":[{"id":"55","type":"TRANSACTIONAL","language":"es","country":"MX"}]}
            """));
        var body = await AttentiveResponse.ReadAsync(created);
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, "/attentive/v1/subscriptions")
        {
            Content = Support.Http.Json("""{"user":{"email":"ana@example.mx"},"locale":{"language":"es","country":"MX"},"subscriptionType":"TRANSACTIONAL"}"""),
        };
        subscribe.Headers.Authorization = new("Bearer", "tok-" + companyId);
        using var subscribed = await client.SendAsync(subscribe);
        using var unit = await client.PostAsync($"/__sim/attentive/tenants/{companyId}/sign-up-units", Support.Http.Json("""{"id":"56","type":"MARKETING"}"""));
        using var duplicate = await client.PostAsync($"/__sim/attentive/tenants/{companyId}/sign-up-units", Support.Http.Json("""{"id":"56","type":"MARKETING"}"""));

        Assert.Equal(HttpStatusCode.Created, body.Status);
        Assert.Equal(companyId, body.Body.GetProperty("companyId").GetString());
        Assert.Equal(["TRANSACTIONAL/EMAIL/NEWLY_CREATED"], (await AttentiveResponse.ReadAsync(subscribed)).CreationResults());
        Assert.Equal(HttpStatusCode.Created, unit.StatusCode);
        (await AttentiveResponse.ReadAsync(duplicate)).AssertError(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Creating_a_company_with_a_bad_part_creates_nothing()
    {
        using var client = fixture.Server.CreateClient();
        var companyId = "bad-" + Guid.NewGuid().ToString("N");

        using var created = await client.PostAsync("/__sim/attentive/tenants", Support.Http.Json($$"""
            {"companyId":"{{companyId}}","signUpUnits":[{"id":"1","type":"MARKETING"},{"id":"2","type":"MARKETING","language":"EN"}]}
            """));

        (await AttentiveResponse.ReadAsync(created)).AssertError(HttpStatusCode.BadRequest);
        Assert.False(fixture.Server.GetEngine<SubscriberSimulator.Engines.Attentive.AttentiveEngine>().HasCompany(companyId));
    }

    [Fact]
    public async Task The_inspection_control_shows_states_and_external_identifiers()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","externalIdentifiers":{"klaviyoId":"k-1"}}""");

        var response = await tenant.ControlAsync(HttpMethod.Get, "/subscriptions?phone=%2B19148440001");
        var company = await tenant.ControlAsync(HttpMethod.Get, string.Empty);

        Assert.Equal("PENDING", response.Body.GetProperty("subscriptions")[0].GetProperty("state").GetString());
        Assert.Equal("k-1", response.Body.GetProperty("externalIdentifiers").GetProperty("klaviyoId").GetString());
        Assert.Equal(1, company.Body.GetProperty("phones").GetInt32());
        Assert.Equal(3, company.Body.GetProperty("tokens").GetArrayLength());
        Assert.False(company.Body.GetProperty("tokens")[0].TryGetProperty("token", out _));
    }
}
