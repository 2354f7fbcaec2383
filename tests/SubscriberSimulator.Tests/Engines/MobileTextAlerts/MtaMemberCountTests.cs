using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaMemberCountTests
{
    [Fact]
    public async Task One_bulk_and_all_counts_follow_every_way_of_joining_and_leaving()
    {
        using var sim = MtaSim.Create();
        var vip = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var news = sim.Engine.AddGroup(sim.TenantId, "News");
        var empty = sim.Engine.AddGroup(sim.TenantId, "Empty");
        var one = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{vip.Id}},{{news.Id}}]}""");
        var two = await sim.CreateSubscriberAsync("""{"email":"two@example.com"}""");
        await sim.PatchAsync($"/v3/subscribers/{two}", $$"""{"groupIds":[{{vip.Id}}]}""");
        var three = await sim.CreateSubscriberAsync("""{"number":8002223333}""");
        await sim.PostAsync($"/v3/groups/{news.Id}/subscribers/bulk-create", $$"""{"subscriberIds":[{{two}},{{three}}]}""");
        await sim.DeleteAsync($"/v3/subscribers/{one}");

        var single = await sim.GetAsync($"/v3/groups/{vip.Id}/member-count");
        var bulk = await sim.GetAsync($"/v3/groups/member-count/bulk?groupIds={vip.Id},{news.Id},{empty.Id},{vip.Id},999999");
        var all = await sim.GetAsync("/v3/groups/member-count/all");

        Assert.Equal(HttpStatusCode.OK, single.Status);
        Assert.Equal(vip.Id, single.Data.GetProperty("id").GetInt32());
        Assert.Equal("VIP", single.Data.GetProperty("name").GetString());
        Assert.Equal(1, single.Data.GetProperty("memberCount").GetInt32());
        var counts = bulk.Data.GetProperty("memberCounts");
        Assert.Equal(3, counts.EnumerateObject().Count());
        Assert.Equal(1, counts.GetProperty(vip.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetInt32());
        Assert.Equal(2, counts.GetProperty(news.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetInt32());
        Assert.Equal(0, counts.GetProperty(empty.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetInt32());
        Assert.Equal(new[] { 1, 2, 0 }, all.Data.EnumerateArray().Select(g => g.GetProperty("memberCount").GetInt32()));
        Assert.Equal(new[] { "VIP", "News", "Empty" }, all.Data.EnumerateArray().Select(g => g.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Counts_drop_when_a_group_is_deleted_and_survive_a_state_round_trip()
    {
        using var sim = MtaSim.Create();
        var vip = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var news = sim.Engine.AddGroup(sim.TenantId, "News");
        await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{vip.Id}},{{news.Id}}]}""");
        await sim.CreateSubscriberAsync($$"""{"number":8002222222,"groupIds":[{{news.Id}}]}""");
        await sim.DeleteAsync($"/v3/groups/{vip.Id}");
        var state = sim.Engine.ExportState();

        using var restored = MtaSim.Create();
        restored.Engine.ImportState(state);
        using var client = restored.ClientFor(sim.Account.ApiKey);
        var all = await restored.GetAsync("/v3/groups/member-count/all", client);

        var only = Assert.Single(all.Data.EnumerateArray());
        Assert.Equal(news.Id, only.GetProperty("id").GetInt32());
        Assert.Equal(2, only.GetProperty("memberCount").GetInt32());
        MtaSim.AssertError(await restored.GetAsync($"/v3/groups/{vip.Id}/member-count", client), HttpStatusCode.NotFound, "Group not found");
    }

    [Theory]
    [InlineData("/v3/groups/member-count/bulk")]
    [InlineData("/v3/groups/member-count/bulk?groupIds=")]
    [InlineData("/v3/groups/member-count/bulk?groupIds=1,,2")]
    [InlineData("/v3/groups/member-count/bulk?groupIds=a")]
    [InlineData("/v3/groups/member-count/bulk?groupIds=1&groupIds=2")]
    [InlineData("/v3/groups/member-count/bulk?groupIds=1&page=1")]
    [InlineData("/v3/groups/member-count/all?page=1")]
    public async Task Malformed_count_queries_are_400(string path)
    {
        using var sim = MtaSim.Create();
        MtaSim.AssertError(await sim.GetAsync(path), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task More_than_1000_group_ids_are_400()
    {
        using var sim = MtaSim.Create();
        var ids = string.Join(",", Enumerable.Range(1, 1001));

        MtaSim.AssertError(await sim.GetAsync("/v3/groups/member-count/bulk?groupIds=" + ids), HttpStatusCode.BadRequest, "at most 1000");
        Assert.Equal(HttpStatusCode.OK, (await sim.GetAsync("/v3/groups/member-count/bulk?groupIds=" + string.Join(",", Enumerable.Range(1, 1000)))).Status);
    }
}
