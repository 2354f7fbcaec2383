using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaUnsubscribeTests
{
    [Fact]
    public async Task Create_unsubscribe_then_status_is_unsubscribed()
    {
        using var sim = MtaSim.Create();
        var before = await sim.GetAsync("/v3/unsubscribes/8002223333");

        var created = await sim.PostAsync("/v3/unsubscribes", """{"number":"8002223333"}""");
        var after = await sim.GetAsync("/v3/unsubscribes/%2B18002223333");

        Assert.False(before.Data.GetProperty("unsubscribed").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.Data.ValueKind);
        Assert.True(after.Data.GetProperty("unsubscribed").GetBoolean());
    }

    [Fact]
    public async Task Unsubscribe_list_is_separate_from_subscribers_and_paged()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002223333,"firstName":"Ada","email":"ada@example.com"}""");
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002223333"}""");
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002224444"}""");
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002224444"}""");

        var list = await sim.GetAsync("/v3/unsubscribes?page=1&pageSize=10");

        var rows = list.Data.GetProperty("rows");
        Assert.Equal(2, list.Data.GetProperty("total").GetInt32());
        Assert.Equal("+18002223333", rows[0].GetProperty("number").GetString());
        Assert.Equal("Ada", rows[0].GetProperty("name").GetString());
        Assert.Equal("ada@example.com", rows[0].GetProperty("email").GetString());
        Assert.Equal(1, sim.SubscriberCount);
    }

    [Fact]
    public async Task Stop_reply_unsubscribes_and_sends_the_confirmation()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002223333}""");

        var reply = await sim.PostAsync($"/__sim/mta/tenants/{sim.TenantId}/stop-reply", """{"number":"+18002223333"}""", sim.Anonymous);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var message = Assert.Single(sim.Messages);
        Assert.Equal("unsubscribe-confirmation", message.Kind);
        Assert.Equal("+18002223333", message.To);
        Assert.True((await sim.GetAsync("/v3/unsubscribes/8002223333")).Data.GetProperty("unsubscribed").GetBoolean());
    }

    [Fact]
    public async Task Re_adding_an_opted_out_number_stores_the_record_sends_nothing_and_stays_opted_out()
    {
        using var sim = MtaSim.Create();
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002223333"}""");

        var single = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Welcome!"}""");
        var bulk = await sim.PostAsync("/v3/subscribers/bulk", """[{"number":8002224444,"welcomeMessage":"Welcome!"}]""");
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002224444"}""");
        var bulkAgain = await sim.PostAsync("/v3/subscribers/bulk?createOnly=false", """[{"number":8002224444,"firstName":"Back"}]""");

        Assert.Equal(HttpStatusCode.OK, single.Status);
        Assert.Equal(1, bulk.Data.GetProperty("createdRecordCount").GetInt32());
        Assert.Equal(1, bulkAgain.Data.GetProperty("createdRecordCount").GetInt32());
        Assert.Equal(2, sim.SubscriberCount);
        var message = Assert.Single(sim.Messages);
        Assert.Equal("+18002224444", message.To);
        Assert.True((await sim.GetAsync("/v3/unsubscribes/8002223333")).Data.GetProperty("unsubscribed").GetBoolean());
        Assert.True((await sim.GetAsync("/v3/unsubscribes/8002224444")).Data.GetProperty("unsubscribed").GetBoolean());
    }

    [Theory]
    [InlineData("""{"number":"12"}""")]
    [InlineData("""{"number":8002223333}""")]
    [InlineData("""{}""")]
    [InlineData("""{"number":"8002223333","reason":"x"}""")]
    public async Task Bad_unsubscribe_bodies_are_400(string body)
    {
        using var sim = MtaSim.Create();
        MtaSim.AssertError(await sim.PostAsync("/v3/unsubscribes", body), HttpStatusCode.BadRequest);
        Assert.Empty(sim.Engine.ListUnsubscribes(sim.TenantId));
    }
}
