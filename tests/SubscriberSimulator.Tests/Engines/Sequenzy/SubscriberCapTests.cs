using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

/// <summary>
/// A workspace holds at most <see cref="SimulatorOptions.MaxSubscribersPerTenant"/> subscribers:
/// create, tag and event calls beyond it are a 403 that changes nothing; the calls that report per
/// record (imports, list adds, event imports) fail the records that would create one and go on.
/// </summary>
public sealed class SubscriberCapTests
{
    private const string CapMessage = "already holds the most subscribers the simulator keeps per workspace (2)";

    [Fact]
    public async Task Create_tag_and_event_calls_beyond_the_cap_are_403_and_change_nothing()
    {
        using var sim = await FullAsync();
        var before = sim.Snapshot();

        var create = await sim.PostAsync("/subscribers", """{"email": "c@example.com"}""");
        var tag = await sim.PostAsync("/subscribers/tags", """{"email": "c@example.com", "tag": "vip"}""");
        var evt = await sim.PostAsync("/subscribers/events", """{"email": "c@example.com", "event": "saas.purchase"}""");
        var unchanged = sim.Snapshot();
        var update = await sim.PostAsync("/subscribers", """{"email": "a@example.com", "firstName": "Ada", "duplicateStrategy": "merge"}""");

        SequenzySim.AssertError(create, HttpStatusCode.Forbidden, CapMessage);
        SequenzySim.AssertError(tag, HttpStatusCode.Forbidden, CapMessage);
        SequenzySim.AssertError(evt, HttpStatusCode.Forbidden, CapMessage);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.OK, update.Status);
        Assert.Equal("Ada", sim.Stored("a@example.com").FirstName);
        Assert.Equal(2, sim.Subscribers.Count);
    }

    [Fact]
    public async Task An_import_fails_the_rows_that_would_create_a_subscriber_and_applies_the_others()
    {
        using var sim = await FullAsync();

        var queued = await sim.PostAsync("/subscribers/imports", """
            {"subscribers": [{"email": "c@example.com"}, {"email": "a@example.com", "firstName": "Ada"}], "duplicateStrategy": "merge"}
            """);
        var status = await sim.GetAsync("/subscribers/imports/" + queued.String("import", "id"));

        Assert.Equal(1, status.Int("import", "failedCount"));
        Assert.Equal(1, status.Int("import", "failedReasons", "subscriber_limit"));
        Assert.Equal(1, status.Int("import", "updatedCount"));
        Assert.Equal("Ada", sim.Stored("a@example.com").FirstName);
        Assert.Equal(2, sim.Subscribers.Count);
    }

    [Fact]
    public async Task A_list_add_fails_the_new_emails_and_adds_the_existing_ones()
    {
        using var sim = await FullAsync();

        var reply = await sim.PostAsync("/lists/list_beta/subscribers", """{"emails": ["c@example.com", "a@example.com"], "optInMode": "confirmed"}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.Int("failed"));
        Assert.Equal(1, reply.Int("addedToList"));
        Assert.Contains(CapMessage, reply.Json.GetProperty("results")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains(SequenzySim.BetaList, sim.Stored("a@example.com").ListIds);
        Assert.Equal(2, sim.Subscribers.Count);
    }

    [Fact]
    public async Task An_event_import_fails_the_events_of_new_subscribers_and_records_the_others()
    {
        using var sim = await FullAsync();

        var reply = await sim.PostAsync("/events/bulk", """
            {"events": [
              {"eventId": "1", "name": "saas.purchase", "email": "c@example.com"},
              {"eventId": "2", "name": "saas.purchase", "email": "a@example.com"}
            ]}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.Int("recorded"));
        var failure = Assert.Single(reply.Json.GetProperty("failures").EnumerateArray());
        Assert.Equal(0, failure.GetProperty("index").GetInt32());
        Assert.Contains(CapMessage, failure.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["customer"], sim.Stored("a@example.com").Tags);
    }

    [Fact]
    public async Task A_state_import_beyond_the_cap_is_refused_naming_the_section_and_workspace()
    {
        using var large = SequenzySim.Create();
        foreach (var email in new[] { "a@example.com", "b@example.com", "c@example.com" })
        {
            await large.CreateAsync($$"""{"email": "{{email}}"}""");
        }

        using var small = await FullAsync();
        var before = small.Snapshot();

        var error = Assert.Throws<InvalidDataException>(() => small.Engine.ImportState(large.Engine.ExportState()));

        Assert.Contains("Sequenzy section", error.Message, StringComparison.Ordinal);
        Assert.Contains($"workspace '{large.WorkspaceId}' holds 3 subscribers", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, small.Snapshot());
    }

    // A workspace at its cap of 2: a@ and b@.
    private static async Task<SequenzySim> FullAsync()
    {
        var sim = SequenzySim.Create(configure: options => options.MaxSubscribersPerTenant = 2);
        foreach (var email in new[] { "a@example.com", "b@example.com" })
        {
            await sim.CreateAsync($$"""{"email": "{{email}}"}""");
        }

        return sim;
    }
}
