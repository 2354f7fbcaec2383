using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ScopeTests
{
    [Fact]
    public async Task A_key_without_the_needed_scope_gets_403_and_changes_nothing()
    {
        using var sim = SequenzySim.Create();
        sim.Engine.AddApiKey(sim.WorkspaceId, "sk_live_read_only", "subscribers:read");
        using var readOnly = sim.ClientFor("sk_live_read_only");
        await sim.CreateAsync("""{"email": "r@example.com"}""");
        var before = sim.Snapshot();

        var read = await sim.GetAsync("/subscribers/r%40example.com", readOnly);
        var write = await sim.PostAsync("/subscribers", """{"email": "w@example.com"}""", readOnly);
        var patch = await sim.PatchAsync("/subscribers/r%40example.com", """{"firstName": "X"}""", readOnly);
        var tag = await sim.PostAsync("/subscribers/tags", """{"email": "r@example.com", "tag": "x"}""", readOnly);
        var listAdd = await sim.PostAsync("/lists/list_beta/subscribers", """{"emails": ["r@example.com"]}""", readOnly);

        Assert.Equal(HttpStatusCode.OK, read.Status);
        SequenzySim.AssertError(write, HttpStatusCode.Forbidden, "subscribers:write");
        SequenzySim.AssertError(patch, HttpStatusCode.Forbidden, "subscribers:write");
        SequenzySim.AssertError(tag, HttpStatusCode.Forbidden, "subscribers:tag");
        SequenzySim.AssertError(listAdd, HttpStatusCode.Forbidden, "lists:write");
        Assert.Equal(before, sim.Snapshot());
    }

    [Fact]
    public async Task Double_opt_in_emails_and_explicit_enrolment_need_automations_trigger()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);
        sim.Engine.AddApiKey(sim.WorkspaceId, "sk_live_writer", "subscribers:write", "subscribers:read");
        using var writer = sim.ClientFor("sk_live_writer");

        var doubleOptIn = await sim.PostAsync("/subscribers", """{"email": "d@example.com"}""", writer);
        var enrol = await sim.PostAsync("/subscribers", """{"email": "e@example.com", "optInMode": "confirmed", "enrollInSequences": true}""", writer);
        var confirmed = await sim.PostAsync("/subscribers", """{"email": "c@example.com", "optInMode": "confirmed"}""", writer);

        SequenzySim.AssertError(doubleOptIn, HttpStatusCode.Forbidden, "automations:trigger");
        SequenzySim.AssertError(enrol, HttpStatusCode.Forbidden, "automations:trigger");
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Equal("c@example.com", Assert.Single(sim.Subscribers).Email);
        Assert.Empty(sim.Outbox);
    }

    [Fact]
    public async Task Keys_and_scopes_can_be_added_over_the_control_api()
    {
        using var sim = SequenzySim.Create();

        var added = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/api-keys", """{"apiKey": "sk_live_tagger", "scopes": ["subscribers:tag"]}""");
        var unknownScope = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/api-keys", """{"scopes": ["everything"]}""");
        var taken = await sim.PostAsync($"/__sim/sequenzy/tenants/{sim.WorkspaceId}/api-keys", """{"apiKey": "sk_live_tagger"}""");
        using var tagger = sim.ClientFor("sk_live_tagger");
        var tag = await sim.PostAsync("/subscribers/tags", """{"email": "t@example.com", "tag": "x"}""", tagger);
        var read = await sim.GetAsync("/subscribers", tagger);

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal(2, added.Json.GetProperty("apiKeys").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, unknownScope.Status);
        Assert.Equal(HttpStatusCode.Conflict, taken.Status);
        Assert.Equal(HttpStatusCode.OK, tag.Status);
        SequenzySim.AssertError(read, HttpStatusCode.Forbidden, "subscribers:read");
    }
}
