using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

/// <summary>
/// GET /custom-fields has its own documented account limit (15 per 15 seconds) instead of the
/// general 30 per minute.
/// </summary>
public sealed class MtaCustomFieldsRateLimitTests
{
    private const string ListPath = "/v3/custom-fields";

    [Fact]
    public async Task Sixteenth_list_within_fifteen_seconds_is_429_and_the_next_window_allows_it_again()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        for (var i = 0; i < 15; i++)
        {
            var ok = await sim.GetAsync(ListPath);
            Assert.Equal(HttpStatusCode.OK, ok.Status);
            Assert.Equal("15", ok.Header("RateLimit-Limit"));
        }

        var limited = await sim.GetAsync(ListPath);
        sim.Server.Clock.Advance(TimeSpan.FromSeconds(15));
        var allowed = await sim.GetAsync(ListPath);

        MtaSim.AssertError(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal("15", limited.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("14", allowed.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task Getting_one_field_keeps_the_general_limit_after_the_list_is_exhausted()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        var field = sim.Engine.AddCustomField(sim.TenantId, "Birthday", "date");
        for (var i = 0; i < 15; i++)
        {
            await sim.GetAsync(ListPath);
        }

        var one = await sim.GetAsync($"{ListPath}/{field.Id}");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sim.GetAsync(ListPath)).Status);
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Equal("30", one.Header("RateLimit-Limit"));
    }
}
