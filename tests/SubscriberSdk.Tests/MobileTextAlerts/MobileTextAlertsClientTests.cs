using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.MobileTextAlerts;

public sealed class MobileTextAlertsClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Upsert_creates_then_updates_and_merges_groups()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var vip = tenant.Engine.AddGroup(tenant.Account.TenantId, "vip");
        var news = tenant.Engine.AddGroup(tenant.Account.TenantId, "news");

        var created = await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest
        {
            PhoneNumber = "+14155550201",
            FirstName = "Ada",
            GroupIds = [vip.Id],
            WelcomeMessage = "Welcome!",
        });
        var updated = await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550201", GroupIds = [news.Id] });

        Assert.Equal(OperationOutcome.Created, created.Outcome);
        Assert.Equal(OperationOutcome.Updated, updated.Outcome);
        Assert.Equal(created.Value.Id, updated.Value.Id);
        Assert.Equal(2, updated.Value.Groups?.Count);
        Assert.Contains(tenant.Outbox(), m => m.Body == "Welcome!");
        Assert.True(created.Headers.ContainsKey("RateLimit-Limit"));
    }

    [Fact]
    public async Task Get_update_delete_by_number_and_email()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550202", Email = "b@example.com" });

        var byNumber = await tenant.Client.Subscribers.GetAsync("+14155550202");
        var byEmail = await tenant.Client.Subscribers.GetAsync("b@example.com");
        var updated = await tenant.Client.Subscribers.UpdateAsync("+14155550202", new MobileTextAlertsSubscriberRequest { LastName = "Lovelace" });
        await tenant.Client.Subscribers.DeleteAsync("b@example.com");

        Assert.Equal(byNumber.Value?.Id, byEmail.Value?.Id);
        Assert.Equal("Lovelace", updated.Value?.LastName);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Subscribers.GetAsync("+14155550202"));
    }

    [Fact]
    public async Task List_walks_1_based_pages()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var records = Enumerable.Range(0, 5).Select(i => new MobileTextAlertsSubscriberRequest { PhoneNumber = $"+1415555{0210 + i:0000}" });
        await tenant.Client.Subscribers.BulkCreateAsync(records);

        var all = await tenant.Client.Subscribers.ListAsync(pageSize: 2).ToListAsync();

        Assert.Equal(5, all.Count);
        Assert.Equal(5, all.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task Bulk_create_reports_rejected_records_as_a_result()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        await tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550220" });

        var result = await tenant.Client.Subscribers.BulkCreateAsync(
            [new() { PhoneNumber = "+14155550220" }, new() { PhoneNumber = "+14155550221" }], createOnly: true);

        Assert.Equal(1, result.Value?.CreatedRecordCount);
        Assert.Equal(1, result.Value?.ErrorRecordCount);
        Assert.Contains("already exists", result.Value?.ErrorRecords?[0].Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bulk_update_finds_each_subscriber_by_its_one_key()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        await tenant.Client.Subscribers.BulkCreateAsync([new() { PhoneNumber = "+14155550230" }, new() { Email = "c@example.com" }]);

        var result = await tenant.Client.Subscribers.BulkUpdateAsync(
        [
            new() { PhoneNumber = "+14155550230", Changes = new() { FirstName = "Phone" } },
            new() { Email = "c@example.com", Changes = new() { FirstName = "Mail" } },
        ]);

        Assert.Equal(2, result.Value?.UpdatedRecordCount);
        Assert.Equal("Phone", (await tenant.Client.Subscribers.GetAsync("+14155550230")).Value?.FirstName);
    }

    [Fact]
    public async Task Unsubscribe_and_read_the_status()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var before = await tenant.Client.Unsubscribes.IsUnsubscribedAsync("+14155550240");
        var result = await tenant.Client.Unsubscribes.UnsubscribeAsync("+14155550240");
        var after = await tenant.Client.Unsubscribes.IsUnsubscribedAsync("+14155550240");

        Assert.False(before.Value);
        Assert.Equal(OperationOutcome.Removed, result.Outcome);
        Assert.True(after.Value);
    }

    [Fact]
    public async Task Groups_and_custom_fields_are_created_and_listed()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var group = await tenant.Client.Groups.CreateAsync(new MobileTextAlertsGroupRequest { Name = "Loyal" });
        var groups = await tenant.Client.Groups.ListAsync().ToListAsync();
        var field = await tenant.Client.CustomFields.CreateAsync("Birthday", MobileTextAlertsCustomFieldType.String);
        var fields = await tenant.Client.CustomFields.ListAsync().AsPages().SingleAsync();

        Assert.Contains(groups, g => g.Id == group.Value?.Id && g.Name == "Loyal");
        Assert.Contains(fields.Value, f => f.Id == field.Value?.Id);
    }

    [Fact]
    public async Task A_wrong_key_is_AuthenticationFailed_with_the_providers_request_id()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator, o => o.ApiKey = "not-a-key");

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => tenant.Client.Subscribers.GetAsync("+14155550250"));

        Assert.Equal(401, error.StatusCode);
        Assert.NotNull(error.RequestId);
        Assert.DoesNotContain("not-a-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_group_is_a_validation_error()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            tenant.Client.Subscribers.UpsertAsync(new MobileTextAlertsSubscriberRequest { PhoneNumber = "+14155550260", GroupIds = [987654] }));

        Assert.Equal(400, error.StatusCode);
        Assert.NotNull(error.ProviderMessage);
    }
}
