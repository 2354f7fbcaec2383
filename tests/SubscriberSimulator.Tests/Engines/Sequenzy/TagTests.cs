using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class TagTests
{
    [Fact]
    public async Task Adding_a_tag_normalises_it_and_creates_its_definition_once()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "t@example.com", "externalId": "T", "tags": ["lead"]}""");

        var first = await sim.PostAsync("/subscribers/tags", """{"email": "T@example.com", "tag": "Pro Customer"}""");
        var second = await sim.PostAsync("/subscribers/tags", """{"externalId": "T", "tag": "pro_customer"}""");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("pro-customer", first.String("tag", "name"));
        Assert.True(first.Bool("tag", "created"));
        Assert.False(second.Bool("tag", "created"));
        Assert.Equal(first.String("tag", "id"), second.String("tag", "id"));
        Assert.False(first.Bool("subscriber", "created"));
        Assert.Equal(["lead", "pro-customer"], SequenzyReply.Strings(second.Subscriber.GetProperty("tags")));
    }

    [Fact]
    public async Task Tagging_an_unknown_email_creates_the_subscriber_but_an_unknown_externalId_alone_is_404()
    {
        using var sim = SequenzySim.Create();

        var created = await sim.PostAsync("/subscribers/tags", """{"email": "new@example.com", "externalId": "N", "tag": "x", "firstName": "Nu"}""");
        var unknownId = await sim.PostAsync("/subscribers/tags", """{"externalId": "missing", "tag": "x"}""");
        var neither = await sim.PostAsync("/subscribers/tags", """{"tag": "x"}""");

        Assert.True(created.Bool("subscriber", "created"));
        Assert.Equal("Nu", sim.Stored("new@example.com").FirstName);
        Assert.Equal("active", sim.Stored("new@example.com").Status);
        SequenzySim.AssertError(unknownId, HttpStatusCode.NotFound, "Subscriber not found");
        SequenzySim.AssertError(neither, HttpStatusCode.BadRequest, "email or externalId");
        Assert.Single(sim.Subscribers);
    }

    [Fact]
    public async Task With_workspace_double_opt_in_a_tag_creates_a_pending_subscriber_but_applies_the_tag_at_once()
    {
        using var sim = SequenzySim.Create(doubleOptIn: true);

        var reply = await sim.PostAsync("/subscribers/tags", """{"email": "p@example.com", "tag": "webinar"}""");

        Assert.True(reply.Bool("optIn", "required"));
        var stored = sim.Stored("p@example.com");
        Assert.True(stored.PendingConfirmation);
        Assert.Equal(["webinar"], stored.Tags);
        Assert.Equal("double-opt-in", Assert.Single(sim.Outbox).Kind);
    }

    [Fact]
    public async Task Adding_several_tags_reports_the_added_tags_and_the_new_definitions()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "t@example.com", "externalId": "T", "tags": ["lead"]}""");

        var reply = await sim.PostAsync("/subscribers/tags/bulk", """{"externalId": "T", "tags": ["customer", "VIP_User", "lead", "Customer"]}""");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["customer", "vip-user", "lead"], SequenzyReply.Strings(reply.Json.GetProperty("tags").GetProperty("added")));
        Assert.Equal(["customer", "vip-user"], SequenzyReply.Strings(reply.Json.GetProperty("tags").GetProperty("created")));
        Assert.Equal(["lead", "customer", "vip-user"], sim.Stored("t@example.com").Tags);
    }

    [Fact]
    public async Task Adding_no_tags_or_too_many_tags_is_a_400()
    {
        using var sim = SequenzySim.Create();
        var many = string.Join(",", Enumerable.Range(0, 1001).Select(i => $"\"t{i}\""));

        var empty = await sim.PostAsync("/subscribers/tags/bulk", """{"email": "t@example.com", "tags": []}""");
        var tooMany = await sim.PostAsync("/subscribers/tags/bulk", $$"""{"email": "t@example.com", "tags": [{{many}}]}""");
        var punctuationOnly = await sim.PostAsync("/subscribers/tags", """{"email": "t@example.com", "tag": "!!!"}""");

        SequenzySim.AssertError(empty, HttpStatusCode.BadRequest, "at least one tag");
        SequenzySim.AssertError(tooMany, HttpStatusCode.BadRequest, "at most 1000");
        SequenzySim.AssertError(punctuationOnly, HttpStatusCode.BadRequest, "tag");
        Assert.Empty(sim.Subscribers);
    }

    [Fact]
    public async Task Removing_a_tag_reports_whether_it_was_there_and_an_unknown_email_is_created_without_it()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "t@example.com", "tags": ["lead", "pro-customer"]}""");

        var removed = await sim.PostAsync("/subscribers/tags/remove", """{"email": "t@example.com", "tag": "Pro Customer"}""");
        var absent = await sim.PostAsync("/subscribers/tags/remove", """{"email": "t@example.com", "tag": "nope"}""");
        var created = await sim.PostAsync("/subscribers/tags/remove", """{"email": "fresh@example.com", "tag": "lead"}""");

        Assert.True(removed.Bool("tag", "removed"));
        Assert.Equal(["lead"], SequenzyReply.Strings(removed.Subscriber.GetProperty("tags")));
        Assert.False(absent.Bool("tag", "removed"));
        Assert.True(created.Bool("subscriber", "created"));
        Assert.False(created.Bool("tag", "removed"));
        Assert.Empty(sim.Stored("fresh@example.com").Tags);
    }
}
