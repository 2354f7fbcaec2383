using SubscriberSdk.Sequenzy;
using SubscriberSdk.Tests.Integration;

namespace SubscriberSdk.Tests.Sequenzy;

public sealed class SequenzyTagsClientTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Tag_definitions_are_created_listed_recoloured_and_deleted()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var created = await tenant.Client.Tags.CreateAsync("Pro Customer", SequenzyTagColor.Green);
        var defaulted = await tenant.Client.Tags.CreateAsync("plain");
        var updated = await tenant.Client.Tags.UpdateAsync(created.Value.Id, SequenzyTagColor.Rose);
        var listed = await tenant.Client.Tags.ListAsync().AsPages().SingleAsync();
        var deleted = await tenant.Client.Tags.DeleteAsync(created.Value.Id);

        Assert.Equal("pro-customer", created.Value.Name);
        Assert.Equal(SequenzyTagColor.Gray, defaulted.Value.Color);
        Assert.Equal(SequenzyTagColor.Rose, updated.Value.Color);
        Assert.Equal(["plain", "pro-customer"], listed.Value.Select(tag => tag.Name));
        Assert.Equal(OperationOutcome.Removed, deleted.Outcome);
        Assert.Equal(["plain"], tenant.Engine.ListTagDefinitions(tenant.Workspace.Id).Select(tag => tag.Name));
    }

    [Fact]
    public async Task Provider_refusals_map_to_the_sdk_exceptions()
    {
        using var tenant = new SequenzyTestTenant(simulator);
        var system = tenant.Engine.AddTagDefinition(tenant.Workspace.Id, "managed", isSystem: true);
        await tenant.Client.Tags.CreateAsync("vip");

        await Assert.ThrowsAsync<ConflictException>(() => tenant.Client.Tags.CreateAsync("VIP"));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => tenant.Client.Tags.DeleteAsync("tag_nope"));
        var systemError = await Assert.ThrowsAsync<RequestValidationException>(() => tenant.Client.Tags.UpdateAsync(system.Id, SequenzyTagColor.Red));

        Assert.Equal(400, systemError.StatusCode);
        Assert.True(tenant.Engine.ListTagDefinitions(tenant.Workspace.Id).Single(tag => tag.Name == "managed").IsSystem);
    }

    [Fact]
    public async Task A_missing_name_or_id_is_refused_before_sending()
    {
        using var tenant = new SequenzyTestTenant(simulator);

        var name = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Tags.CreateAsync(" "));
        var id = await Assert.ThrowsAsync<InvalidSubscriberArgumentException>(() => tenant.Client.Tags.DeleteAsync(""));

        Assert.Equal("name", name.ParamName);
        Assert.Equal("tagId", id.ParamName);
    }
}
