using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class BulkTagTests
{
    [Fact]
    public async Task Bulk_add_tags_existing_subscribers_by_every_identifier_and_reports_the_unknown_ones()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com"}""");
        await sim.CreateAsync("""{"email": "b@example.com", "externalId": "crm-b"}""");
        var c = await sim.CreateAsync("""{"email": "c@example.com", "tags": ["vip"]}""");
        var cId = c.Subscriber.GetProperty("id").GetString();

        var reply = await sim.PostAsync("/subscribers/bulk/tags/add", $$"""
            {"tags": ["VIP"], "emails": ["A@example.com", "ghost@example.com"], "externalIds": ["crm-b", "crm-x"], "subscriberIds": ["{{cId}}"]}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(5, reply.Int("requested"));
        Assert.Equal(3, reply.Int("matched"));
        Assert.Equal(2, reply.Int("updated"));
        Assert.Equal(1, reply.Int("unchanged"));
        Assert.Equal(["ghost@example.com"], SequenzyReply.Strings(reply.Json.GetProperty("notFound").GetProperty("emails")));
        Assert.Equal(["crm-x"], SequenzyReply.Strings(reply.Json.GetProperty("notFound").GetProperty("externalIds")));
        Assert.Null(sim.Engine.FindSubscriber(sim.WorkspaceId, "ghost@example.com"));
        Assert.All(sim.Subscribers, s => Assert.Contains("vip", s.Tags));
    }

    [Fact]
    public async Task Bulk_remove_takes_the_tags_off()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com", "tags": ["x", "y"]}""");

        var reply = await sim.PostAsync("/subscribers/bulk/tags/remove", """{"tags": ["x"], "emails": ["a@example.com"]}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.Int("updated"));
        Assert.Equal(["y"], sim.Stored("a@example.com").Tags);
    }

    [Fact]
    public async Task Bulk_calls_without_subscribers_or_tags_or_with_more_than_500_are_refused()
    {
        using var sim = SequenzySim.Create();
        var tooMany = string.Join(",", Enumerable.Range(0, 501).Select(i => $"\"u{i}@example.com\""));

        SequenzySim.AssertError(await sim.PostAsync("/subscribers/bulk/tags/add", """{"tags": ["x"]}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/bulk/tags/add", """{"tags": [], "emails": ["a@example.com"]}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/bulk/tags/add", $$"""{"tags": ["x"], "emails": [{{tooMany}}]}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/bulk/tags/remove", """{"tags": ["x"], "emails": ["a@example.com"], "triggerAutomations": true}"""), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Triggering_automations_needs_the_automations_scope_and_a_new_tag_name_needs_tags_write()
    {
        using var sim = SequenzySim.Create();
        sim.Engine.AddApiKey(sim.WorkspaceId, "sk_live_tag_only", "subscribers:tag", "subscribers:read");
        using var tagOnly = sim.ClientFor("sk_live_tag_only");
        await sim.CreateAsync("""{"email": "a@example.com"}""");
        sim.Engine.AddTagDefinition(sim.WorkspaceId, "x");
        sim.Engine.AddTagDefinition(sim.WorkspaceId, "y");

        var plain = await sim.PostAsync("/subscribers/bulk/tags/add", """{"tags": ["x"], "emails": ["a@example.com"]}""", tagOnly);
        var triggering = await sim.PostAsync("/subscribers/bulk/tags/add", """{"tags": ["y"], "emails": ["a@example.com"], "triggerAutomations": true}""", tagOnly);

        var newName = await sim.PostAsync("/subscribers/bulk/tags/add", """{"tags": ["brand-new"], "emails": ["a@example.com"]}""", tagOnly);

        Assert.Equal(HttpStatusCode.OK, plain.Status);
        SequenzySim.AssertError(triggering, HttpStatusCode.Forbidden);
        SequenzySim.AssertError(newName, HttpStatusCode.Forbidden);
        Assert.Equal(["x"], sim.Stored("a@example.com").Tags);
    }
}
