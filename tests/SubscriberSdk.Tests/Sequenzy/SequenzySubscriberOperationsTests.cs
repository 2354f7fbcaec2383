using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Sequenzy;

/// <summary>Bulk tagging, notes, path-form external ids and list removal (issue 16).</summary>
public sealed class SequenzySubscriberOperationsTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Bulk_tags_are_added_and_removed_and_unknown_identifiers_are_reported()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "b1@example.com" });
        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "b2@example.com", ExternalId = "crm-b2" });

        var added = await tenant.Client.Subscribers.BulkAddTagsAsync(new SequenzyBulkTagRequest
        {
            Tags = ["VIP", "beta"],
            Emails = ["b1@example.com", "ghost@example.com"],
            ExternalIds = ["crm-b2"],
        });
        var removed = await tenant.Client.Subscribers.BulkRemoveTagsAsync(new SequenzyBulkTagRequest { Tags = ["beta"], Emails = ["b1@example.com"] });

        Assert.Equal(2, added.Value.Matched);
        Assert.Equal(["ghost@example.com"], added.Value.NotFound.Emails);
        Assert.Equal(1, removed.Value.Updated);
        Assert.Equal(["vip"], tenant.Engine.FindSubscriber(tenant.Workspace.Id, "b1@example.com")!.Tags);
        Assert.Equal(["beta", "vip"], tenant.Engine.FindSubscriber(tenant.Workspace.Id, "b2@example.com")!.Tags.Order());
        Assert.Null(tenant.Engine.FindSubscriber(tenant.Workspace.Id, "ghost@example.com"));
    }

    [Fact]
    public async Task Bulk_tag_requests_that_cannot_succeed_are_refused_before_sending()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var subscribers = tenant.Client.Subscribers;

        var noTargets = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => subscribers.BulkAddTagsAsync(new SequenzyBulkTagRequest { Tags = ["x"] }));
        var noTags = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => subscribers.BulkAddTagsAsync(new SequenzyBulkTagRequest { Emails = ["a@example.com"] }));
        var tooMany = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => subscribers.BulkAddTagsAsync(new SequenzyBulkTagRequest
        {
            Tags = ["x"],
            Emails = [.. Enumerable.Range(0, 300).Select(i => $"e{i}@example.com")],
            SubscriberIds = [.. Enumerable.Range(0, 201).Select(i => $"sub_{i}")],
        }));
        var trigger = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() =>
            subscribers.BulkRemoveTagsAsync(new SequenzyBulkTagRequest { Tags = ["x"], Emails = ["a@example.com"], TriggerAutomations = true }));

        Assert.Equal("request", noTargets.ParamName);
        Assert.Equal("request.Tags", noTags.ParamName);
        Assert.Equal("request", tooMany.ParamName);
        Assert.Equal("request.TriggerAutomations", trigger.ParamName);
    }

    [Fact]
    public async Task Notes_are_added_by_email_and_external_id_and_deleted()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var subscriber = await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "note@example.com", ExternalId = "crm/n" });

        var byEmail = await tenant.Client.Subscribers.AddNoteAsync(SequenzySubscriberKey.ByEmail("note@example.com"), "First");
        var byExternal = await tenant.Client.Subscribers.AddNoteAsync(SequenzySubscriberKey.ByExternalId("crm/n"), "Second");
        var deleted = await tenant.Client.Subscribers.DeleteNoteAsync(byEmail.Value.Id);

        Assert.Equal(subscriber.Value.Id, byEmail.Value.SubscriberId);
        Assert.Equal("First", byEmail.Value.Body);
        Assert.Equal(subscriber.Value.Id, byExternal.Value.SubscriberId);
        Assert.Equal(OperationOutcome.Removed, deleted.Outcome);
        Assert.Equal(["Second"], tenant.Engine.ListNotes(tenant.Workspace.Id).Select(note => note.Body));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.DeleteNoteAsync(byEmail.Value.Id));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.AddNoteAsync(SequenzySubscriberKey.ByEmail("ghost@example.com"), "x"));
        var empty = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Subscribers.AddNoteAsync(SequenzySubscriberKey.ByEmail("note@example.com"), " "));
        Assert.Equal("body", empty.ParamName);
    }

    [Fact]
    public async Task Get_update_and_delete_with_the_external_id_in_the_path()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "path@example.com", ExternalId = "crm-path" });
        var key = SequenzySubscriberKey.ByExternalIdInPath("crm-path");

        var got = await tenant.Client.Subscribers.GetAsync(key);
        var updated = await tenant.Client.Subscribers.UpdateAsync(key, new SequenzySubscriberUpdate { FirstName = "Pat" });
        var deleted = await tenant.Client.Subscribers.DeleteAsync(key);

        Assert.Equal("path@example.com", got.Value.Email);
        Assert.Equal("Pat", updated.Value.FirstName);
        Assert.Equal(OperationOutcome.Removed, deleted.Outcome);
        Assert.Empty(tenant.Engine.ListSubscribers(tenant.Workspace.Id));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.GetAsync(key));
    }

    [Fact]
    public async Task A_path_form_external_id_with_a_slash_is_refused_before_sending()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var error = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Subscribers.GetAsync(SequenzySubscriberKey.ByExternalIdInPath("a/b")));

        Assert.Equal("key", error.ParamName);
        Assert.Contains("ByExternalId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribers_are_removed_from_a_list_and_stay_subscribed()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var list = (await tenant.Client.Lists.ListAsync().ToListAsync()).Single(l => l.Name == "Newsletter");
        await tenant.Client.Lists.AddSubscribersAsync(list.Id, ["r1@example.com", "r2@example.com"]);

        var removed = await tenant.Client.Lists.RemoveSubscribersAsync(list.Id, emails: ["r1@example.com", "ghost@example.com"]);

        Assert.Equal(1, removed.Value.Removed);
        Assert.Equal(["ghost@example.com"], removed.Value.NotFound);
        var r1 = tenant.Engine.FindSubscriber(tenant.Workspace.Id, "r1@example.com")!;
        Assert.Empty(r1.ListIds);
        Assert.Equal("active", r1.Status);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Lists.RemoveSubscribersAsync("list_nope", emails: ["r2@example.com"]));
    }
}
