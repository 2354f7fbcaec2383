using System.Globalization;
using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaRateLimitTests
{
    [Fact]
    public async Task Fifteen_requests_per_fifteen_seconds_then_429_with_the_documented_headers()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        for (var i = 0; i < 15; i++)
        {
            var ok = await sim.GetAsync("/v3/subscribers");
            Assert.Equal(HttpStatusCode.OK, ok.Status);
            Assert.Equal("15", ok.Header("RateLimit-Limit"));
            Assert.Equal((14 - i).ToString(CultureInfo.InvariantCulture), ok.Header("RateLimit-Remaining"));
            Assert.Equal(ok.Header("RateLimit-Remaining"), ok.Header("X-RateLimit-Remaining"));
            Assert.Equal("15000", ok.Header("RateLimit-Reset"));
        }

        var limited = await sim.PostAsync("/v3/subscribers/bulk", """[{"number":8002223333}]""");

        MtaSim.AssertError(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal("rate_limit_error", limited.Json.GetProperty("type").GetString());
        Assert.Equal("MTARateLimitError", limited.Json.GetProperty("name").GetString());
        Assert.Equal("15", limited.Header("Retry-After"));
        Assert.Equal("0", limited.Header("RateLimit-Remaining"));
        Assert.Equal("15000", limited.Header("X-RateLimit-Reset"));
        Assert.Equal(0, sim.SubscriberCount);
    }

    [Fact]
    public async Task Reset_and_retry_after_follow_the_simulator_clock()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        for (var i = 0; i < 15; i++)
        {
            await sim.GetAsync("/v3/subscribers");
        }

        sim.Server.Clock.Advance(TimeSpan.FromSeconds(10.5));
        var limited = await sim.GetAsync("/v3/subscribers");
        sim.Server.Clock.Advance(TimeSpan.FromSeconds(4.5));
        var allowed = await sim.GetAsync("/v3/subscribers");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("4500", limited.Header("RateLimit-Reset"));
        Assert.Equal("5", limited.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("14", allowed.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task Limits_are_per_account()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        for (var i = 0; i < 15; i++)
        {
            await sim.GetAsync("/v3/subscribers");
        }

        var other = sim.Engine.CreateAccount();
        using var otherClient = sim.ClientFor(other.ApiKey);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sim.GetAsync("/v3/subscribers")).Status);
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/v3/subscribers", otherClient)).Status);
    }
}
