using System.Net;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting;

public sealed class RateLimitPipelineTests
{
    [Fact]
    public async Task LimitIsPerTenantAndResetsWhenTheClockAdvances()
    {
        await using var server = TestSimulator.InMemory(o => o.RateLimits.Set(TestEngine.Provider, "default", new RateLimitRule(2, TimeSpan.FromSeconds(15))));
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Tenant", "a");

        Assert.Equal("1", (await client.GetAsync("test/limited")).Headers.GetValues("RateLimit-Remaining").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("test/limited")).StatusCode);
        var rejected = await client.GetAsync("test/limited");
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("15", rejected.Headers.GetValues("Retry-After").Single());
        Assert.Equal("15000", rejected.Headers.GetValues("RateLimit-Reset").Single());

        using var other = server.CreateClient();
        other.DefaultRequestHeaders.Add("X-Tenant", "b");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("test/limited")).StatusCode);

        var advanced = await client.PostAsync("__sim/clock", Http.Json("{\"advance\":\"PT15S\"}"));
        Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("test/limited")).StatusCode);
    }
}
