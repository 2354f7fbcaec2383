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
}
