using System.Net;

namespace SubscriberSimulator.Tests.Engines.Essential;

public sealed class ConcurrencyTests(EssentialServerFixture fixture) : IClassFixture<EssentialServerFixture>
{
    [Fact]
    public async Task Sixty_four_parallel_upserts_of_one_new_number_create_exactly_once()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await tenant.UpsertAsync("""{"phone_number":"5009998180"}""");
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(tasks);

        Assert.Equal(1, responses.Count(r => r.Status == HttpStatusCode.Created));
        Assert.Equal(63, responses.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Single(responses.Select(r => r.Str("sid")).Distinct());
        Assert.Single(tenant.Engine.ListSubscribers(tenant.AccountSid));
        Assert.Single(tenant.Outbox);
    }

    [Fact]
    public async Task Parallel_tag_and_property_merges_lose_nothing()
    {
        using var tenant = EssentialTenant.Create(fixture.Server);
        await tenant.UpsertAsync("""{"phone_number":"5009998181"}""");
        var tags = Enumerable.Range(0, 32).Select(i => tenant.Engine.AddTag(tenant.AccountSid, tenant.ChannelSid, $"Tag {i:D2}")).ToList();
        using var start = new ManualResetEventSlim();

        var tasks = tags.Select((tag, i) => Task.Run(async () =>
        {
            start.Wait();
            return await tenant.UpsertAsync($$$"""{"phone_number":"5009998181","tag_sids":["{{{tag}}}"],"properties":{"k{{{i}}}":"v"}}""");
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(tasks);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var stored = Assert.Single(tenant.Engine.ListSubscribers(tenant.AccountSid));
        Assert.Equal(tags.Order(), stored["tag_sids"]!.AsArray().Select(t => (string)t!).Order());
        Assert.Equal(32, stored["properties"]!.AsObject().Count);
        var listed = await tenant.SendAsync(HttpMethod.Get, $"/essential/v2/account/channels/{tenant.ChannelSid}/tags");
        Assert.All(listed.Body.EnumerateArray(), t => Assert.Equal(1, t.GetProperty("num_subscribers_total").GetInt32()));
    }
}
