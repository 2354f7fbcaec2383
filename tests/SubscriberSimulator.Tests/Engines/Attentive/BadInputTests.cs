using System.Net;
using System.Text;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>Malformed JSON, wrong types, missing fields and odd requests against every endpoint: a 4xx in Attentive's shape, never a 500, nothing written.</summary>
public sealed class BadInputTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    public static TheoryData<string, string> BadBodies() => new()
    {
        { "/attentive/v1/subscriptions", """{"user":""" },
        { "/attentive/v1/subscriptions", "[]" },
        { "/attentive/v1/subscriptions", "null" },
        { "/attentive/v1/subscriptions", "{}" },
        { "/attentive/v1/subscriptions", """{"user":"+19148440001","signUpSourceId":"1001"}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":19148440001},"signUpSourceId":"1001"}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":null},"signUpSourceId":"1001"}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":"+19148440001"},"signUpSourceId":1001}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","singleOptIn":"yes"}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":"+19148440001"},"locale":"en-US","subscriptionType":"MARKETING"}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":"+19148440001"},"locale":{"language":"english","country":"US"},"subscriptionType":"MARKETING"}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","externalIdentifiers":{"customIdentifiers":{"name":"a"}}}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","externalIdentifiers":{"customIdentifiers":[{"name":"a"}]}}""" },
        { "/attentive/v1/subscriptions", """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001","externalIdentifiers":{"clientUserId":""}}""" },
        { "/attentive/v1/subscriptions", """{"user":{"email":"two@@example.com"},"signUpSourceId":"1001"}""" },
        { "/attentive/v1/subscriptions/unsubscribe", """{"user":{"phone":"+19148440001"}""" },
        { "/attentive/v1/subscriptions/unsubscribe", "{}" },
        { "/attentive/v1/subscriptions/unsubscribe", """{"user":[]}""" },
        { "/attentive/v1/subscriptions/unsubscribe", """{"user":{"phone":"+19148440001"},"subscriptions":{"type":"MARKETING"}}""" },
        { "/attentive/v1/subscriptions/unsubscribe", """{"user":{"phone":"+19148440001"},"subscriptions":["MARKETING"]}""" },
        { "/attentive/v1/subscriptions/unsubscribe", """{"user":{"phone":"+19148440001"},"notification":{"disabled":"true"}}""" },
        { "/attentive/v1/subscriptions/unsubscribe", """{"user":{"phone":"+19148440001"},"notification":true}""" },
        { "/__sim/attentive/tenants/{company}/reply-y", """{"phone":""" },
        { "/__sim/attentive/tenants/{company}/reply-y", "{}" },
        { "/__sim/attentive/tenants/{company}/reply-y", """{"phone":19148440001}""" },
        { "/__sim/attentive/tenants/{company}/stop-reply", """{"phone":["+19148440001"]}""" },
        { "/__sim/attentive/tenants/{company}/stop-reply", """{"phone":"19148440001"}""" },
        { "/__sim/attentive/tenants/{company}/tokens", """{"scopes":"subscriptions:write"}""" },
        { "/__sim/attentive/tenants/{company}/tokens", """{"token":"has space"}""" },
        { "/__sim/attentive/tenants/{company}/sign-up-units", """{"id":"77"}""" },
        { "/__sim/attentive/tenants/{company}/sign-up-units", """{"id":"77","type":"MARKETING","api":"yes"}""" },
        { "/__sim/attentive/tenants/{company}/sign-up-units", """{"id":77,"type":"MARKETING"}""" },
        { "/__sim/attentive/tenants", """{"companyId":""" },
        { "/__sim/attentive/tenants", """{"companyId":42}""" },
        { "/__sim/attentive/tenants", """{"tokens":[{"scopes":[1]}]}""" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_a_4xx_in_Attentives_shape_and_changes_nothing(string path, string json)
    {
        using var tenant = await TenantWithSubscriberAsync();
        var before = tenant.Snapshot();
        var companies = CompanyCount();

        var response = await tenant.SendAsync(HttpMethod.Post, path.Replace("{company}", tenant.CompanyId, StringComparison.Ordinal), json);

        var message = response.AssertError(response.Status);
        Assert.InRange((int)response.Status, 400, 499);
        Assert.DoesNotContain("9148440001", message, StringComparison.Ordinal);
        Assert.Equal(before, tenant.Snapshot());
        Assert.Equal(companies, CompanyCount());
    }

    [Theory]
    [InlineData("/attentive/v1/subscriptions")]
    [InlineData("/attentive/v1/subscriptions/unsubscribe")]
    [InlineData("/__sim/attentive/tenants/{company}/reply-y")]
    public async Task An_empty_body_or_a_non_JSON_content_type_is_a_4xx_in_Attentives_shape(string path)
    {
        using var tenant = await TenantWithSubscriberAsync();
        var before = tenant.Snapshot();
        var target = path.Replace("{company}", tenant.CompanyId, StringComparison.Ordinal);

        var empty = await tenant.SendAsync(HttpMethod.Post, target, string.Empty);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent("""{"user":{"phone":"+19148440001"}}""", Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new("Bearer", tenant.Token);
        using var raw = await tenant.Client.SendAsync(request);
        var plain = await AttentiveResponse.ReadAsync(raw);

        empty.AssertError(HttpStatusCode.BadRequest);
        plain.AssertError(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before, tenant.Snapshot());
    }

    [Fact]
    public async Task Unknown_fields_are_ignored_as_the_spec_decides_and_never_cause_a_500()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var subscribe = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001","nickname":"Ada"},"signUpSourceId":"1001","externalEventId":"e-1","occurredAt":"2026-01-01T00:00:00Z"}""");
        var unsubscribe = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"},"reason":"moved"}""");

        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], subscribe.CreationResults());
        Assert.Equal(["MARKETING/TEXT/NEWLY_UNSUBSCRIBED"], unsubscribe.UnsubscribeResults());
    }

    [Fact]
    public async Task Unknown_routes_and_wrong_methods_get_Attentives_404_and_405()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var unknown = await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/users", null);
        var wrongMethod = await tenant.SendAsync(HttpMethod.Delete, "/attentive/v1/subscriptions", null);
        var unknownCompany = await tenant.SendAsync(HttpMethod.Post, "/__sim/attentive/tenants/nope/reply-y", """{"phone":"+19148440001"}""");

        unknown.AssertError(HttpStatusCode.NotFound);
        wrongMethod.AssertError(HttpStatusCode.MethodNotAllowed);
        unknownCompany.AssertError(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?phone=%2B19148440001&email=ada%40example.com")]
    [InlineData("?phone=19148440001")]
    public async Task The_inspection_control_needs_exactly_one_well_formed_identifier(string query)
    {
        using var tenant = await TenantWithSubscriberAsync();

        var response = await tenant.ControlAsync(HttpMethod.Get, "/subscriptions" + query);

        response.AssertError(HttpStatusCode.BadRequest);
    }

    private async Task<AttentiveTenant> TenantWithSubscriberAsync()
    {
        var tenant = AttentiveTenant.Create(fixture.Server);
        Assert.Single((await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""")).CreationResults());
        return tenant;
    }

    private int CompanyCount() =>
        fixture.Server.GetEngine<SubscriberSimulator.Engines.Attentive.AttentiveEngine>().ExportState()["tenants"]!.AsArray().Count;
}
