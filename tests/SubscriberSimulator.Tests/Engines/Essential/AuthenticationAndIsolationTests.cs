using System.Net;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class AuthenticationAndIsolationTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task A_request_without_credentials_is_a_401_with_a_basic_challenge()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Client.DefaultRequestHeaders.Authorization = null;

        var response = await tenant.UpsertAsync("""{"phone_number":"5009998110"}""");

        var message = response.AssertError(HttpStatusCode.Unauthorized);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(tenant.Credentials.AuthToken, message, StringComparison.Ordinal);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.AccountSid));
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData("")]
    public async Task A_wrong_token_is_a_401(string token)
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Client.DefaultRequestHeaders.Authorization = EssentialTenant.BasicAuth(tenant.AccountSid, token);

        var response = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers");

        response.AssertError(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_non_basic_scheme_and_a_garbled_header_are_401()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        tenant.Client.DefaultRequestHeaders.Authorization = new("Bearer", tenant.Credentials.AuthToken);
        var bearer = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers");
        tenant.Client.DefaultRequestHeaders.Authorization = new("Basic", "%%%not-base64");
        var garbled = await tenant.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers");

        bearer.AssertError(HttpStatusCode.Unauthorized);
        garbled.AssertError(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task One_account_cannot_reach_another_accounts_subscriber_or_channel()
    {
        using var alice = EssentialTenant.Create(fixture.Server);
        using var bob = EssentialTenant.Create(fixture.Server);
        var created = await alice.UpsertAsync("""{"phone_number":"5009998111"}""");
        var sid = created.Str("sid");

        var get = await bob.SendAsync(HttpMethod.Get, $"/essential/v2/account/subscribers/{sid}");
        var delete = await bob.SendAsync(HttpMethod.Delete, $"/essential/v2/account/subscribers/{sid}");
        var upsertIntoAlicesChannel = await bob.SendAsync(HttpMethod.Post, alice.UpsertPath, """{"phone_number":"5009998111"}""");
        var list = await bob.SendAsync(HttpMethod.Get, "/essential/v2/account/subscribers");

        get.AssertError(HttpStatusCode.NotFound);
        delete.AssertError(HttpStatusCode.NotFound);
        upsertIntoAlicesChannel.AssertError(HttpStatusCode.NotFound);
        Assert.Empty(list.Body.EnumerateArray());
        Assert.Equal("subscribed", Assert.Single(alice.Engine.ListSubscribers(alice.AccountSid))["status"]!.GetValue<string>());
    }
}
