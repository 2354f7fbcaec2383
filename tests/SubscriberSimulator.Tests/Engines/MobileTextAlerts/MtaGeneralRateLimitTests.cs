using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

/// <summary>
/// The general limit (30 per minute) is one window per account shared by every endpoint under it,
/// not a separate 30 for groups, unsubscribes and custom fields each.
/// </summary>
public sealed class MtaGeneralRateLimitTests
{
    [Fact]
    public async Task Groups_unsubscribes_and_field_reads_share_one_window_of_thirty()
    {
        using var sim = MtaSim.Create(rateLimits: true);
        var field = sim.Engine.AddCustomField(sim.TenantId, "Birthday", "date");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/v3/groups")).Status);
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/v3/unsubscribes")).Status);
            Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync($"/v3/custom-fields/{field.Id}")).Status);
        }

        var limited = await sim.GetAsync("/v3/auth/verify-api-key");
        sim.Server.Clock.Advance(TimeSpan.FromMinutes(1));
        var allowed = await sim.GetAsync("/v3/groups");

        MtaSim.AssertError(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("29", allowed.Header("RateLimit-Remaining"));
    }
}
