using System.Net;
using System.Net.Http.Headers;
using SubscriberSimulator.Engines.Attentive;

namespace SubscriberSimulator.Tests.Engines.Attentive;

public sealed class AuthenticationAndScopeTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    private const string Subscribe = """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""";

    [Theory]
    [InlineData("")]
    [InlineData("not-a-known-token")]
    public async Task A_missing_or_unknown_token_is_a_401_on_every_operation(string token)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var responses = new[]
        {
            await tenant.SubscribeAsync(Subscribe, token),
            await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""", token),
            await tenant.EligibilityAsync("phone=%2B19148440001", token),
            await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/me", null, token),
            await tenant.SetCustomAttributesAsync("""{"properties":{"a":"1"},"user":{"phone":"+19148440001"}}""", token),
            await tenant.RecordCustomEventAsync("""{"type":"T","user":{"phone":"+19148440001"}}""", token),
            await tenant.IdentifyAsync("""{"phone":"+19148440001","clientUserId":"c"}""", token),
            await tenant.UpsertUserAsync("""{"identifiers":{"phone":"+19148440001"}}""", token),
            await tenant.SubmitBulkAsync("""{"users":[{"identifiers":{"phone":"+19148440001"}}]}""", token),
            await tenant.BulkJobAsync("some-job", token),
        };

        foreach (var response in responses)
        {
            Assert.DoesNotContain(token.Length > 0 ? token : "\0", response.AssertError(HttpStatusCode.Unauthorized), StringComparison.Ordinal);
        }

        Assert.Empty(tenant.TextSubscriptions("+19148440001"));
        Assert.Null(tenant.UserByPhone("+19148440001"));
    }

    [Theory]
    [InlineData("/attentive/v1/attributes/custom", """{"properties":{"a":"1"},"user":{"phone":"+19148440001"}}""", "attributes:write")]
    [InlineData("/attentive/v1/events/custom", """{"type":"T","user":{"phone":"+19148440001"}}""", "events:write")]
    [InlineData("/attentive/v1/identity-resolution/user-identifiers", """{"phone":"+19148440001","clientUserId":"c"}""", "identity:write")]
    [InlineData("/attentive/v2/user/attributes", """{"identifiers":{"phone":"+19148440001"}}""", "attributes:write")]
    [InlineData("/attentive/v2/bulk/user/attributes", """{"users":[{"identifiers":{"phone":"+19148440001"}}]}""", "attributes:write")]
    public async Task A_token_without_the_operations_scope_gets_403_naming_it_and_nothing_changes(string path, string body, string scope)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var message = await tenant.AssertRefusedWithoutChangeAsync(() => tenant.SendAsync(HttpMethod.Post, path, body, tenant.ReadOnlyToken), HttpStatusCode.Forbidden);

        Assert.Contains(scope, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/attentive/v2/user/attributes", """{"identifiers":{"phone":"+19148440001"}}""")]
    [InlineData("/attentive/v2/bulk/user/attributes", """{"users":[{"identifiers":{"phone":"+19148440001"}}]}""")]
    public async Task The_v2_user_calls_need_both_attributes_write_and_subscriptions_write(string path, string body)
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        var attributesOnly = tenant.Engine.AddToken(tenant.CompanyId, [AttentiveScopes.AttributesWrite]);
        var both = tenant.Engine.AddToken(tenant.CompanyId, [AttentiveScopes.AttributesWrite, AttentiveScopes.SubscriptionsWrite]);

        var refused = await tenant.SendAsync(HttpMethod.Post, path, body, attributesOnly);
        var accepted = await tenant.SendAsync(HttpMethod.Post, path, body, both);

        Assert.Contains("subscriptions:write", refused.AssertError(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
    }

    [Fact]
    public async Task A_token_in_another_scheme_is_a_401()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/attentive/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", tenant.Token);

        using var raw = await tenant.Client.SendAsync(request);
        var response = await AttentiveResponse.ReadAsync(raw);

        response.AssertError(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_without_subscriptions_write_gets_403_on_subscribe_and_unsubscribe_and_nothing_changes()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync(Subscribe);
        var before = tenant.Snapshot();

        var subscribe = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440002"},"signUpSourceId":"1001"}""", tenant.ReadOnlyToken);
        var unsubscribe = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""", tenant.ReadOnlyToken);
        var read = await tenant.EligibilityAsync("phone=%2B19148440001", tenant.ReadOnlyToken);

        Assert.Contains("subscriptions:write", subscribe.AssertError(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Contains("subscriptions:write", unsubscribe.AssertError(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Equal(["MARKETING/TEXT/false"], read.Eligibilities());
        Assert.Equal(before, tenant.Snapshot());
    }

    [Fact]
    public async Task A_token_without_subscriptions_read_gets_403_on_the_eligibility_lookup()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync(Subscribe, tenant.WriteOnlyToken);

        var response = await tenant.EligibilityAsync("phone=%2B19148440001", tenant.WriteOnlyToken);

        Assert.Contains("subscriptions:read", response.AssertError(HttpStatusCode.Forbidden), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_describes_the_tokens_company_and_needs_no_scope()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server, companyName: "Hudson & Ivy");
        var noScopes = tenant.Engine.AddToken(tenant.CompanyId, []);

        var response = await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/me", null, noScopes);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(tenant.CompanyId, response.Body.GetProperty("companyId").GetString());
        Assert.Equal("Hudson & Ivy", response.Body.GetProperty("companyName").GetString());
        foreach (var name in new[] { "applicationName", "attentiveDomainName", "contactEmail" })
        {
            Assert.False(string.IsNullOrEmpty(response.Body.GetProperty(name).GetString()));
        }
    }

    [Fact]
    public async Task A_company_never_sees_another_companys_subscribers()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        using var other = AttentiveTenant.Create(fixture.Server);
        await tenant.SubscribeAsync(Subscribe);

        var lookup = await other.EligibilityByPhoneAsync("+19148440001");
        var unsubscribe = await other.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""");
        var subscribe = await other.SubscribeAsync(Subscribe);

        lookup.AssertError(HttpStatusCode.NotFound);
        unsubscribe.AssertError(HttpStatusCode.NotFound);
        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], subscribe.CreationResults());
        Assert.Equal(["Marketing/Pending"], tenant.TextSubscriptions("+19148440001"));
        Assert.Equal(2, tenant.Outbox.Count);
        Assert.Equal(2, other.Outbox.Count);
    }
}
