using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaBulkUnsubscribeTests
{
    [Fact]
    public async Task Valid_numbers_are_opted_out_and_bad_ones_come_back_as_error_records()
    {
        using var sim = MtaSim.Create();
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002223333"}""");

        var reply = await sim.PostAsync("/v3/unsubscribes/bulk",
            """[{"number":"8002221111"},{"number":"+18002222222"},{"number":"12"},{"number":"8002223333"},{"number":"8002221111"}]""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Unsubscribed 4 numbers.", reply.Json.GetProperty("message").GetString());
        Assert.Equal(5, reply.Data.GetProperty("totalRecordCount").GetInt32());
        Assert.Equal(4, reply.Data.GetProperty("unsubscribedRecordCount").GetInt32());
        Assert.Equal(1, reply.Data.GetProperty("errorRecordCount").GetInt32());
        var error = Assert.Single(reply.Data.GetProperty("errorRecords").EnumerateArray());
        Assert.Equal("12", error.GetProperty("number").GetString());
        Assert.StartsWith("number ", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(new[] { "+18002223333", "+18002221111", "+18002222222" }, sim.Engine.ListUnsubscribes(sim.TenantId).Select(u => u.E164));
        Assert.Empty(sim.Messages);
    }

    [Fact]
    public async Task Opted_out_numbers_stay_subscribers_and_are_never_messaged()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002221111}""");

        await sim.PostAsync("/v3/unsubscribes/bulk", """[{"number":"8002221111"}]""");
        var send = await sim.PostAsync("/v3/send", """{"message":"Hi","subscribers":["8002221111"]}""");

        Assert.Equal(1, sim.SubscriberCount);
        Assert.Equal(1, send.Data.GetProperty("optedOutCount").GetInt32());
        Assert.Empty(sim.Messages);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"number":"8002221111"}""")]
    [InlineData("""[{"number":"8002221111"},5]""")]
    [InlineData("""[{"number":8002221111}]""")]
    [InlineData("""[{"number":""}]""")]
    [InlineData("""[{}]""")]
    [InlineData("""[{"number":"8002221111","reason":"x"}]""")]
    public async Task Malformed_bodies_are_400_and_change_nothing(string body)
    {
        using var sim = MtaSim.Create();

        MtaSim.AssertError(await sim.PostAsync("/v3/unsubscribes/bulk", body), HttpStatusCode.BadRequest);
        Assert.Empty(sim.Engine.ListUnsubscribes(sim.TenantId));
    }

    [Fact]
    public async Task More_than_1000_records_are_refused()
    {
        using var sim = MtaSim.Create();
        var records = string.Join(",", Enumerable.Range(0, 1001).Select(i => $$"""{"number":"80022{{i:00000}}"}"""));

        MtaSim.AssertError(await sim.PostAsync("/v3/unsubscribes/bulk", "[" + records + "]"), HttpStatusCode.BadRequest, "at most 1,000");
        Assert.Empty(sim.Engine.ListUnsubscribes(sim.TenantId));
    }
}
