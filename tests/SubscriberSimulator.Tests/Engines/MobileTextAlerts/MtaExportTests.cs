using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaExportTests
{
    [Fact]
    public async Task Export_answers_every_subscriber_oldest_first_unpaged()
    {
        using var sim = MtaSim.Create();
        var records = string.Join(",", Enumerable.Range(0, 30).Select(i => $$"""{"number":"80022{{i:00000}}","firstName":"N{{i}}"}"""));
        await sim.PostAsync("/v3/subscribers/bulk", "[" + records + "]");
        sim.Server.Clock.Advance(TimeSpan.FromHours(1));

        var export = await sim.GetAsync("/v3/subscribers/export");

        Assert.Equal(HttpStatusCode.OK, export.Status);
        Assert.Equal("Subscribers exported successfully.", export.Json.GetProperty("message").GetString());
        Assert.Equal(30, export.Data.GetProperty("total").GetInt32());
        var names = export.Data.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("firstName").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"N{i}"), names);
        Assert.Equal(sim.Server.Clock.GetUtcNow(), export.Data.GetProperty("exportedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Query_filters_as_the_list_does()
    {
        using var sim = MtaSim.Create();
        await sim.CreateSubscriberAsync("""{"number":8002221111,"firstName":"Ada"}""");
        await sim.CreateSubscriberAsync("""{"email":"grace@example.com","firstName":"Grace"}""");

        var export = await sim.GetAsync("/v3/subscribers/export?query=ada");
        var list = await sim.GetAsync("/v3/subscribers?query=ada");

        Assert.Equal(1, export.Data.GetProperty("total").GetInt32());
        Assert.Equal(list.Data.GetProperty("rows")[0].GetRawText(), export.Data.GetProperty("rows")[0].GetRawText());
    }

    [Theory]
    [InlineData("/v3/subscribers/export?page=1")]
    [InlineData("/v3/subscribers/export?query=")]
    public async Task Unknown_parameters_and_an_empty_query_are_400(string path)
    {
        using var sim = MtaSim.Create();
        MtaSim.AssertError(await sim.GetAsync(path), HttpStatusCode.BadRequest);
    }
}
