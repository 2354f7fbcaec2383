using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaConcurrencyTests
{
    [Fact]
    public async Task Concurrent_overlapping_bulk_requests_leave_exactly_one_record_per_number()
    {
        using var sim = MtaSim.Create();
        const int requests = 8;
        const int perRequest = 300;

        // Every request covers the same 300 numbers, each from a different starting point.
        var replies = await Task.WhenAll(Enumerable.Range(0, requests).Select(r =>
        {
            var records = Enumerable.Range(0, perRequest).Select(i => $"{{\"number\":{8_002_000_000L + ((r * 37) + i) % perRequest},\"firstName\":\"R{r}\"}}");
            return sim.PostAsync("/v3/subscribers/bulk", "[" + string.Join(",", records) + "]");
        }));

        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        Assert.All(replies, reply => Assert.Equal(perRequest, reply.Data.GetProperty("createdRecordCount").GetInt32()));
        var stored = sim.Engine.ListSubscribers(sim.TenantId);
        Assert.Equal(300, stored.Count);
        Assert.Equal(300, stored.Select(s => s.PhoneDigits).Distinct().Count());
        var listed = await sim.GetAsync($"/__sim/mta/tenants/{sim.TenantId}/subscribers", sim.Anonymous);
        Assert.Equal(300, listed.Json.GetProperty("total").GetInt32());
    }
}
