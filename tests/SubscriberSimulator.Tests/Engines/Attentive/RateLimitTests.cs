using System.Net;

namespace SubscriberSimulator.Tests.Engines.Attentive;

/// <summary>Each test owns a server whose clock is frozen, so a "second" lasts until the test advances it.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly SimulatorServer _server;

    public RateLimitTests()
    {
        _server = SimulatorServer.CreateInMemory();
        _server.Clock.Freeze();
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Subscribe_allows_10_per_second_then_429_with_headers_and_the_rejected_request_changes_nothing()
    {
        using var tenant = AttentiveTenant.Create(_server);
        for (var i = 0; i < 10; i++)
        {
            var allowed = await tenant.SubscribeAsync($$"""{"user":{"phone":"+1914844000{{i}}"},"signUpSourceId":"1001"}""");
            Assert.Equal(HttpStatusCode.Accepted, allowed.Status);
            Assert.Equal((9 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), allowed.Headers.GetValues("x-ratelimit-remaining").Single());
        }

        var before = tenant.Snapshot();
        var rejected = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440010"},"signUpSourceId":"1001"}""");

        rejected.AssertError(HttpStatusCode.TooManyRequests);
        Assert.Equal("10", rejected.Headers.GetValues("x-ratelimit-limit").Single());
        Assert.Equal("0", rejected.Headers.GetValues("x-ratelimit-remaining").Single());
        Assert.Equal(before, tenant.Snapshot());

        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterReset = await tenant.SubscribeAsync("""{"user":{"phone":"+19148440010"},"signUpSourceId":"1001"}""");
        Assert.Equal(HttpStatusCode.Accepted, afterReset.Status);
    }

    [Fact]
    public async Task Unsubscribe_allows_5_per_second()
    {
        using var tenant = AttentiveTenant.Create(_server);
        await tenant.SubscribeAsync("""{"user":{"phone":"+19148440001"},"signUpSourceId":"1001"}""");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""")).Status);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, 5).Append(HttpStatusCode.TooManyRequests), statuses);
    }

    [Fact]
    public async Task Other_endpoints_allow_150_per_second_each()
    {
        using var tenant = AttentiveTenant.Create(_server);
        for (var i = 0; i < 150; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/me", null)).Status);
        }

        var rejected = await tenant.SendAsync(HttpMethod.Get, "/attentive/v1/me", null);
        var otherEndpoint = await tenant.EligibilityByPhoneAsync("+19148440001");

        rejected.AssertError(HttpStatusCode.TooManyRequests);
        Assert.Equal("150", rejected.Headers.GetValues("x-ratelimit-limit").Single());
        otherEndpoint.AssertError(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Limits_count_per_token()
    {
        using var tenant = AttentiveTenant.Create(_server);
        for (var i = 0; i < 5; i++)
        {
            await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""");
        }

        var sameToken = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""");
        var otherToken = await tenant.UnsubscribeAsync("""{"user":{"phone":"+19148440001"}}""", tenant.WriteOnlyToken);

        sameToken.AssertError(HttpStatusCode.TooManyRequests);
        otherToken.AssertError(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/attentive/v1/identity-resolution/user-identifiers", """{"phone":"+19148440001","clientUserId":"c"}""", 10)]
    [InlineData("/attentive/v2/bulk/user/attributes", """{"users":[{"identifiers":{"clientUserId":"c","shopifyId":"s"}}]}""", 100)]
    [InlineData("/attentive/v1/attributes/custom", """{"properties":{"a":"1"},"user":{"phone":"+19148440001"}}""", 150)]
    [InlineData("/attentive/v1/events/custom", """{"type":"T","user":{"phone":"+19148440001"}}""", 150)]
    [InlineData("/attentive/v2/user/attributes", """{"identifiers":{"phone":"+19148440001"}}""", 150)]
    public async Task The_user_endpoints_have_their_documented_limits(string path, string body, int limit)
    {
        using var tenant = AttentiveTenant.Create(_server);
        for (var i = 0; i < limit; i++)
        {
            Assert.True((await tenant.SendAsync(HttpMethod.Post, path, body)).Status is HttpStatusCode.OK or HttpStatusCode.Accepted);
        }

        var rejected = await tenant.SendAsync(HttpMethod.Post, path, body);

        rejected.AssertError(HttpStatusCode.TooManyRequests);
        Assert.Equal(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), rejected.Headers.GetValues("x-ratelimit-limit").Single());
    }

    [Fact]
    public async Task The_bulk_job_status_allows_100_per_second()
    {
        using var tenant = AttentiveTenant.Create(_server);
        for (var i = 0; i < 100; i++)
        {
            (await tenant.BulkJobAsync("unknown")).AssertError(HttpStatusCode.NotFound);
        }

        var rejected = await tenant.BulkJobAsync("unknown");

        rejected.AssertError(HttpStatusCode.TooManyRequests);
        Assert.Equal("100", rejected.Headers.GetValues("x-ratelimit-limit").Single());
    }
}
