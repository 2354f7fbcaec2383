using System.Net;
using SubscriberSimulator.Core.RateLimiting;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class RateLimitTests
{
    // Issue 16 item 6: the new routes are no exception, Essential documents no limit for any of them.
    [Theory]
    [InlineData("/essential/v2/account/subscribers")]
    [InlineData("/essential/v2/account/tags")]
    [InlineData("/essential/v2/account/channels")]
    [InlineData("/essential/v2/account/transports")]
    [InlineData("/essential/v2/account/campaigns")]
    [InlineData("/essential/v2/account/messages/search")]
    public async Task Essential_has_no_documented_limit_so_none_applies_by_default(string path)
    {
        using var server = SimulatorServer.CreateInMemory();
        using var tenant = EssentialTenant.Create(server);

        var responses = new List<EssentialResponse>();
        for (var i = 0; i < 30; i++)
        {
            responses.Add(await tenant.SendAsync(HttpMethod.Get, path));
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(responses, r => Assert.False(r.Headers.Contains("Retry-After")));
        Assert.All(responses, r => Assert.DoesNotContain(r.Headers, h => h.Key.Contains("RateLimit", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_configured_limit_answers_429_with_retry_after_per_account_until_the_window_passes()
    {
        var options = new SimulatorOptions();
        options.RateLimits.Set("essential", RateLimitOptions.AnyBucket, new RateLimitRule(2, TimeSpan.FromSeconds(10)));
        options.Clock.Freeze();
        using var server = SimulatorServer.CreateInMemory(options);
        using var tenant = EssentialTenant.Create(server);
        using var other = EssentialTenant.Create(server);

        await tenant.UpsertAsync("""{"phone_number":"5009998230"}""");
        await tenant.UpsertAsync("""{"phone_number":"5009998231"}""");
        var limited = await tenant.UpsertAsync("""{"phone_number":"5009998232"}""");
        var storedWhileLimited = tenant.Engine.ListSubscribers(tenant.AccountSid).Count;
        var otherAccount = await other.UpsertAsync("""{"phone_number":"5009998232"}""");
        server.Clock.Advance(TimeSpan.FromSeconds(10));
        var afterWindow = await tenant.UpsertAsync("""{"phone_number":"5009998232"}""");

        limited.AssertError(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(10), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(2, storedWhileLimited);
        Assert.Equal(HttpStatusCode.Created, otherAccount.Status);
        Assert.Equal(HttpStatusCode.Created, afterWindow.Status);
    }
}
