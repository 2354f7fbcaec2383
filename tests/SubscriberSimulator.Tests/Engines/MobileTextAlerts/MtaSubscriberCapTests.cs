using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

/// <summary>
/// An account holds at most <see cref="SimulatorOptions.MaxSubscribersPerTenant"/> subscribers: a
/// create beyond it is a 403 ForbiddenError; the bulk create reports each record beyond it as an
/// error record and stores the others, as it does with every per-record error.
/// </summary>
public sealed class MtaSubscriberCapTests
{
    [Fact]
    public async Task A_create_beyond_the_cap_is_a_403_and_an_update_still_works()
    {
        using var sim = MtaSim.Create(configure: options => options.MaxSubscribersPerTenant = 2);
        await sim.CreateSubscriberAsync("""{"number":8002223331}""");
        await sim.CreateSubscriberAsync("""{"number":8002223332}""");

        var third = await sim.PostAsync("/v3/subscribers", """{"number":8002223333,"welcomeMessage":"Hi"}""");
        var update = await sim.PostAsync("/v3/subscribers", """{"number":8002223331,"firstName":"Ada"}""");

        MtaSim.AssertError(third, HttpStatusCode.Forbidden, "already holds the most subscribers the simulator keeps per account (2)");
        Assert.Equal(HttpStatusCode.OK, update.Status);
        Assert.Equal(2, sim.SubscriberCount);
        Assert.Empty(sim.Messages);
    }

    [Fact]
    public async Task A_bulk_create_stores_records_up_to_the_cap_and_reports_the_rest_as_error_records()
    {
        using var sim = MtaSim.Create(configure: options => options.MaxSubscribersPerTenant = 3);
        await sim.CreateSubscriberAsync("""{"number":8002223331}""");

        var reply = await sim.PostAsync("/v3/subscribers/bulk", """
            [{"number":8002223332},{"number":8002223331,"firstName":"Existing"},{"number":8002223333},{"number":8002223334,"firstName":"Over"}]
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(3, reply.Data.GetProperty("createdRecordCount").GetInt32());
        var error = Assert.Single(reply.Data.GetProperty("errorRecords").EnumerateArray());
        Assert.Equal("Over", error.GetProperty("firstName").GetString());
        Assert.Contains("--max-subscribers", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, sim.SubscriberCount);
    }

    [Fact]
    public async Task A_send_that_would_create_a_recipient_beyond_the_cap_is_403_and_sends_nothing()
    {
        using var sim = MtaSim.Create(configure: options => options.MaxSubscribersPerTenant = 1);
        await sim.CreateSubscriberAsync("""{"number":8002223331}""");
        var before = sim.Snapshot();

        var reply = await sim.PostAsync("/v3/send", """{"message":"Hi","subscribers":["8002223331","8002223332"]}""");

        MtaSim.AssertError(reply, HttpStatusCode.Forbidden, "subscribers[1]: ");
        Assert.Equal(before, sim.Snapshot());
        Assert.Empty(sim.Messages);
    }

    [Fact]
    public async Task A_state_import_beyond_the_cap_is_refused_naming_the_section_and_account()
    {
        using var large = MtaSim.Create();
        await large.CreateSubscriberAsync("""{"number":8002223331}""");
        await large.CreateSubscriberAsync("""{"number":8002223332}""");
        using var small = MtaSim.Create(configure: options => options.MaxSubscribersPerTenant = 1);
        var before = small.Snapshot();

        var error = Assert.Throws<InvalidDataException>(() => small.Engine.ImportState(large.Engine.ExportState()));

        Assert.Contains("Mobile Text Alerts section", error.Message, StringComparison.Ordinal);
        Assert.Contains($"account '{large.TenantId}' holds 2 subscribers", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, small.Snapshot());
    }
}
