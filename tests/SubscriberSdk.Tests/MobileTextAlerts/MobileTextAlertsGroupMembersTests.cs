using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Integration;
using SubscriberSimulator.Engines.MobileTextAlerts;

namespace SubscriberSdk.Tests.MobileTextAlerts;

public sealed class MobileTextAlertsGroupMembersTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Members_are_added_counted_and_removed_one_at_a_time_and_in_bulk()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var group = tenant.Engine.AddGroup(tenant.Account.TenantId, "VIP");
        var ids = Enumerable.Range(0, 3)
            .Select(i => tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = $"+1415555{0300 + i:0000}" }).Id)
            .ToArray();

        var one = await tenant.Client.Groups.AddSubscriberAsync(group.Id, ids[0]);
        var bulk = await tenant.Client.Groups.AddSubscribersAsync(group.Id, [ids[0], ids[1], ids[2], 5]);
        var afterAdd = await tenant.Client.Groups.GetMemberCountAsync(group.Id);
        var removed = await tenant.Client.Groups.RemoveSubscriberAsync(group.Id, ids[2]);
        var bulkRemoved = await tenant.Client.Groups.RemoveSubscribersAsync(group.Id, [ids[0], ids[2]]);
        var afterRemove = await tenant.Client.Groups.GetMemberCountsAsync([group.Id, 999_999]);

        Assert.Equal(OperationOutcome.Updated, one.Outcome);
        Assert.Equal($"Added subscriber {ids[0]} to group {group.Id}.", one.Value);
        Assert.Equal(group.Id, bulk.Value.GroupId);
        Assert.Equal(2, bulk.Value.ChangedCount);
        Assert.Equal(3, afterAdd.Value.MemberCount);
        Assert.Equal("VIP", afterAdd.Value.Name);
        Assert.Equal(OperationOutcome.Removed, removed.Outcome);
        Assert.Equal(1, bulkRemoved.Value.ChangedCount);
        Assert.Equal(new Dictionary<long, int> { [group.Id] = 1 }, afterRemove.Value);
    }

    [Fact]
    public async Task Removing_a_non_member_is_ResourceNotFound()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var group = tenant.Engine.AddGroup(tenant.Account.TenantId, "VIP");
        var id = tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550310" }).Id;

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Groups.RemoveSubscriberAsync(group.Id, id));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("is not in group", error.ProviderMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_and_delete_a_group_then_list_every_count()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var kept = tenant.Engine.AddGroup(tenant.Account.TenantId, "Kept");
        var doomed = tenant.Engine.AddGroup(tenant.Account.TenantId, "Doomed");
        tenant.Engine.AddSubscriber(tenant.Account.TenantId, new MtaSubscriberSeed { E164Number = "+14155550320", GroupIds = [kept.Id, doomed.Id] });

        var updated = await tenant.Client.Groups.UpdateAsync(kept.Id, new MobileTextAlertsGroupUpdate { Name = "Kept Plus", Hidden = true });
        var deleted = await tenant.Client.Groups.DeleteAsync(doomed.Id);
        var counts = await tenant.Client.Groups.ListMemberCountsAsync().AsPages().SingleAsync();

        Assert.Equal(OperationOutcome.Updated, updated.Outcome);
        Assert.Equal("Kept Plus", updated.Value.Name);
        Assert.True(updated.Value.Hidden);
        Assert.Equal(OperationOutcome.Removed, deleted.Outcome);
        Assert.Equal("Group deleted successfully.", deleted.Value);
        var only = Assert.Single(counts.Value);
        Assert.Equal((kept.Id, "Kept Plus", 1), (only.Id, only.Name, only.MemberCount));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Groups.DeleteAsync(doomed.Id));
        Assert.Equal([kept.Id], tenant.Engine.ListSubscribers(tenant.Account.TenantId).Single().Groups.Select(g => (long)g.GroupId));
    }

    [Fact]
    public async Task Arguments_that_cannot_succeed_are_refused_before_sending()
    {
        using var tenant = new MobileTextAlertsTestTenant(simulator);
        var before = simulator.Journal().Count;

        Assert.Equal("groupId", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.DeleteAsync(0))).ParamName);
        Assert.Equal("subscriberId", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.AddSubscriberAsync(1, -1))).ParamName);
        Assert.Equal("subscriberIds", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.AddSubscribersAsync(1, []))).ParamName);
        Assert.Equal("subscriberIds", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.RemoveSubscribersAsync(1, Enumerable.Range(1, 1001).Select(i => (long)i)))).ParamName);
        Assert.Equal("subscriberIds[1]", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.AddSubscribersAsync(1, [1, 0]))).ParamName);
        Assert.Equal("groupIds", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.GetMemberCountsAsync([]))).ParamName);
        Assert.Equal("changes.Name", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Groups.UpdateAsync(1, new MobileTextAlertsGroupUpdate { Name = " " }))).ParamName);
        Assert.Equal("customFieldId", (await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.CustomFields.DeleteAsync(0))).ParamName);
        Assert.Equal(before, simulator.Journal().Count);
    }
}
