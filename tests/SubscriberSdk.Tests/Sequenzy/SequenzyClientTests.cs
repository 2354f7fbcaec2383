using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Sequenzy;

public sealed class SequenzyClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Upsert_reports_created_skipped_and_updated()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var created = await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = " Ann@Example.com ", Tags = ["Pro Customer"] });
        var skipped = await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "ann@example.com", FirstName = "Ann" });
        var merged = await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest
        {
            Email = "ann@example.com",
            FirstName = "Ann",
            DuplicateStrategy = SequenzyDuplicateStrategy.Merge,
        });

        Assert.Equal(200, created.StatusCode);
        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal("ann@example.com", created.Value.Email);
        Assert.Equal(["pro-customer"], created.Value.Tags);
        Assert.Equal(OperationOutcome.Skipped, skipped.Outcome);
        Assert.Equal(OperationOutcome.Updated, merged.Outcome);
        Assert.Equal("Ann", merged.Value.FirstName);
    }

    [Fact]
    public async Task Double_opt_in_is_pending_confirmation_and_queues_the_email()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var response = await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest
        {
            Email = "doi@example.com",
            OptInMode = SequenzyOptInMode.DoubleOptIn,
        });

        Assert.Equal(OperationOutcome.PendingConfirmation, response.Outcome);
        Assert.Contains(tenant.Outbox(), m => m.Kind == "double-opt-in");
    }

    [Fact]
    public async Task Email_and_external_id_of_two_subscribers_is_a_Conflict()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "one@example.com", ExternalId = "ext-1" });
        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "two@example.com", ExternalId = "ext-2" });

        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "one@example.com", ExternalId = "ext-2" }));

        Assert.Equal(409, error.StatusCode);
        Assert.DoesNotContain("one@example.com", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_update_and_delete_by_email_and_by_external_id()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = "get@example.com", ExternalId = "crm-9" });

        var byEmail = await tenant.Client.Subscribers.GetAsync(SequenzySubscriberKey.ByEmail("get@example.com"));
        var byExternal = await tenant.Client.Subscribers.GetAsync(SequenzySubscriberKey.ByExternalId("crm-9"));
        var updated = await tenant.Client.Subscribers.UpdateAsync(SequenzySubscriberKey.ByExternalId("crm-9"), new SequenzySubscriberUpdate { LastName = "Smith" });
        var deleted = await tenant.Client.Subscribers.DeleteAsync(SequenzySubscriberKey.ByEmail("get@example.com"));

        Assert.Equal(byEmail.Value?.Id, byExternal.Value?.Id);
        Assert.Equal("Smith", updated.Value?.LastName);
        Assert.Equal(OperationOutcome.Removed, deleted.Outcome);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.GetAsync(SequenzySubscriberKey.ByEmail("get@example.com")));
    }

    [Fact]
    public async Task List_follows_the_cursor()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        for (var i = 0; i < 5; i++)
        {
            await tenant.Client.Subscribers.UpsertAsync(new SequenzySubscriberRequest { Email = $"list{i}@example.com" });
        }

        var all = await tenant.Client.Subscribers.ListAsync(pageSize: 2).ToListAsync();

        Assert.Equal(5, all.Count);
        Assert.Equal(5, all.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task Tags_are_added_and_removed()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var key = SequenzySubscriberKey.ByEmail("tags@example.com");

        await tenant.Client.Subscribers.AddTagAsync(key, "VIP_User");
        await tenant.Client.Subscribers.AddTagsAsync(key, ["a", "b"]);
        await tenant.Client.Subscribers.RemoveTagAsync(key, "a");
        var subscriber = await tenant.Client.Subscribers.GetAsync(key);

        Assert.Equal(["b", "vip-user"], subscriber.Value?.Tags?.Order());
    }

    [Fact]
    public async Task An_import_with_the_same_idempotency_key_is_deduplicated()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        SequenzySubscriberRequest[] records = [new() { Email = "imp1@example.com" }, new() { Email = "imp2@example.com" }];
        var options = new SequenzyImportOptions { IdempotencyKey = "run-1-chunk-0" };

        var first = await tenant.Client.Imports.CreateAsync(records, options);
        var replay = await tenant.Client.Imports.CreateAsync(records, options);
        var status = await tenant.Client.Imports.GetAsync(first.Value!.Import!.Id!);

        Assert.False(first.Value.Deduplicated);
        Assert.True(replay.Value?.Deduplicated);
        Assert.Equal(first.Value.Import.Id, replay.Value?.Import?.Id);
        Assert.Equal(2, status.Value?.TotalRows);
    }

    [Fact]
    public async Task Lists_are_listed_and_filled()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var lists = await tenant.Client.Lists.ListAsync().AsPages().SingleAsync();
        var list = Assert.Single(lists.Value, l => l.Name == "Newsletter");
        var added = await tenant.Client.Lists.AddSubscribersAsync(list.Id!, ["l1@example.com", "not-an-email"]);

        Assert.Equal(1, added.Value?.AddedToList);
        Assert.Equal(1, added.Value?.Failed);
    }

    [Fact]
    public async Task A_wrong_key_is_AuthenticationFailed()
    {
        using var tenant = new SequenzyTestTenant(simulator, configure: o => o.ApiKey = "sk_live_wrong");

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => tenant.Client.Lists.ListAsync().AsPages().SingleAsync().AsTask());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Unauthorized", error.ProviderMessage);
    }
}
