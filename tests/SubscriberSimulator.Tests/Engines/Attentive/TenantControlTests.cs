using System.Net;
using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.Attentive;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>The kit's shared /__sim/attentive/tenants controls, answered with Attentive's company shapes and error body.</summary>
public sealed class TenantControlTests(AttentiveServerFixture fixture) : IClassFixture<AttentiveServerFixture>
{
    [Fact]
    public async Task A_company_created_without_a_body_gets_an_id_and_one_token_with_every_scope()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var created = await tenant.SendAsync(HttpMethod.Post, "/__sim/attentive/tenants", null, token: string.Empty);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var token = Assert.Single(created.Body.GetProperty("tokens").EnumerateArray());
        Assert.Equal(
            ["attributes:write", "events:write", "identity:write", "subscriptions:read", "subscriptions:write"],
            token.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
        var me = await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/me", null, token.GetProperty("token").GetString());
        Assert.Equal(created.Body.GetProperty("companyId").GetString(), me.Body.GetProperty("companyId").GetString());
    }

    [Fact]
    public async Task The_list_shows_each_company_once_without_token_values_and_delete_revokes_its_tokens()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);

        var listed = await tenant.SendAsync(HttpMethod.Get, "/__sim/attentive/tenants", null, token: string.Empty);
        var mine = listed.Body.EnumerateArray().Single(company => company.GetProperty("companyId").GetString() == tenant.CompanyId);
        var deleted = await tenant.ControlAsync(HttpMethod.Delete, string.Empty);
        var me = await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/me", null);
        var gone = await tenant.ControlAsync(HttpMethod.Get, string.Empty);

        Assert.Equal(3, mine.GetProperty("tokens").GetInt32());
        Assert.DoesNotContain(tenant.Token, listed.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        me.AssertError(HttpStatusCode.Unauthorized);
        gone.AssertError(HttpStatusCode.NotFound);
        Assert.False(tenant.Engine.HasCompany(tenant.CompanyId));
    }

    [Fact]
    public async Task Send_failure_fails_every_sending_request_until_switched_off()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        const string subscribe = """{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""";

        var on = await tenant.ControlAsync(HttpMethod.Post, "/send-failure", """{"enabled":true}""");
        var first = await tenant.SubscribeAsync(subscribe);
        var second = await tenant.SubscribeAsync(subscribe);
        var described = await tenant.ControlAsync(HttpMethod.Get, string.Empty);
        await tenant.ControlAsync(HttpMethod.Post, "/send-failure", """{"enabled":false}""");
        var afterOff = await tenant.SubscribeAsync(subscribe);

        Assert.Equal(HttpStatusCode.NoContent, on.Status);
        first.AssertError(HttpStatusCode.InternalServerError);
        second.AssertError(HttpStatusCode.InternalServerError);
        Assert.Equal("always", described.Body.GetProperty("sendFailure").GetString());
        Assert.Equal(["MARKETING/TEXT/NEWLY_CREATED"], afterOff.CreationResults());
        Assert.Equal(2, tenant.Outbox.Count);
    }

    [Fact]
    public async Task A_token_added_over_HTTP_carries_its_scopes_and_a_taken_token_is_a_409_that_adds_nothing()
    {
        using var tenant = AttentiveTenant.Create(fixture.Server);
        using var other = AttentiveTenant.Create(fixture.Server);

        var added = await tenant.ControlAsync(HttpMethod.Post, "/tokens", $$"""{"token":"read-{{tenant.CompanyId}}","scopes":["subscriptions:read"]}""");
        var subscribe = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""", "read-" + tenant.CompanyId);
        var taken = await tenant.ControlAsync(HttpMethod.Post, "/tokens", $$"""{"token":"{{other.Token}}"}""");
        var described = await tenant.ControlAsync(HttpMethod.Get, string.Empty);
        var otherMe = await other.SendAsync(HttpMethod.Get, "/attentive/v1/me", null);

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal("token_4", added.Body.GetProperty("tokenId").GetString());
        subscribe.AssertError(HttpStatusCode.Forbidden);
        taken.AssertError(HttpStatusCode.Conflict);
        Assert.Equal(4, described.Body.GetProperty("tokens").GetArrayLength());
        Assert.Equal(other.CompanyId, otherMe.Body.GetProperty("companyId").GetString());
    }

    [Fact]
    public async Task Imported_tokens_keep_their_scopes_and_their_own_rate_limit_windows()
    {
        using var source = SimulatorServer.CreateInMemory();
        using var tenant = AttentiveTenant.Create(source);
        var exported = tenant.Engine.ExportState().ToJsonString();
        using var target = SimulatorServer.CreateInMemory();
        target.Clock.Freeze();
        target.GetEngine<AttentiveEngine>().ImportState(JsonNode.Parse(exported)!);
        using var restored = AttentiveTenant.Attach(target, tenant);

        var readOnly = await restored.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""", tenant.ReadOnlyToken);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await restored.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""")).Status);
        }

        var otherToken = await restored.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""", tenant.WriteOnlyToken);

        Assert.Contains("subscriptions:write", readOnly.AssertError(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5).Append(HttpStatusCode.TooManyRequests), statuses);
        otherToken.AssertError(HttpStatusCode.NotFound);
    }
}
