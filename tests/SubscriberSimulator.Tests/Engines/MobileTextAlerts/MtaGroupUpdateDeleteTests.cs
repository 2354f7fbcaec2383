using System.Net;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaGroupUpdateDeleteTests
{
    [Fact]
    public async Task Update_changes_only_the_given_fields()
    {
        using var sim = MtaSim.Create();
        var created = await sim.PostAsync("/v3/groups", """{"name":"VIP","description":"Best","displayName":"Shown","sortOrder":2,"keyword":"VIP"}""");
        var id = created.Data.GetProperty("id").GetInt32();

        var updated = await sim.PatchAsync($"/v3/groups/{id}", """{"name":" VIP Plus ","hidden":true,"displayName":null}""");
        var read = await sim.GetAsync($"/v3/groups/{id}");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("Updated group VIP Plus.", updated.Json.GetProperty("message").GetString());
        Assert.Equal("VIP Plus", read.Data.GetProperty("name").GetString());
        Assert.True(read.Data.GetProperty("hidden").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Data.GetProperty("displayName").ValueKind);
        Assert.Equal("Best", read.Data.GetProperty("description").GetString());
        Assert.Equal(2, read.Data.GetProperty("sortOrder").GetInt32());
        Assert.Equal("VIP", read.Data.GetProperty("keyword").GetString());
        Assert.Equal(created.Data.GetProperty("createdAt").GetString(), read.Data.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task An_empty_update_changes_nothing_and_answers_the_group()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "Same");
        var before = sim.Snapshot();

        var updated = await sim.PatchAsync($"/v3/groups/{group.Id}", "{}");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("Same", updated.Data.GetProperty("name").GetString());
        Assert.Equal(before, sim.Snapshot());
    }

    [Theory]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":"   "}""")]
    [InlineData("""{"name":5}""")]
    [InlineData("""{"hidden":"yes"}""")]
    [InlineData("""{"sortOrder":1.5}""")]
    [InlineData("""{"type":"adaptive"}""")]
    public async Task Bad_updates_are_400_and_change_nothing(string body)
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "Kept");
        var before = sim.Snapshot();

        MtaSim.AssertError(await sim.PatchAsync($"/v3/groups/{group.Id}", body), HttpStatusCode.BadRequest);
        Assert.Equal(before, sim.Snapshot());
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_group_is_404()
    {
        using var sim = MtaSim.Create();
        var other = sim.Engine.CreateAccount();
        var foreign = sim.Engine.AddGroup(other.TenantId, "Not yours");

        MtaSim.AssertError(await sim.PatchAsync($"/v3/groups/{foreign.Id}", """{"name":"Mine"}"""), HttpStatusCode.NotFound, "Group not found");
        MtaSim.AssertError(await sim.DeleteAsync($"/v3/groups/{foreign.Id}"), HttpStatusCode.NotFound, "Group not found");
        MtaSim.AssertError(await sim.DeleteAsync("/v3/groups/abc"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_a_group_ends_its_memberships_keeps_the_members_and_forgets_the_id()
    {
        using var sim = MtaSim.Create();
        var doomed = sim.Engine.AddGroup(sim.TenantId, "Doomed");
        var kept = sim.Engine.AddGroup(sim.TenantId, "Kept");
        var id = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{doomed.Id}},{{kept.Id}}]}""");

        var deleted = await sim.DeleteAsync($"/v3/groups/{doomed.Id}");
        var member = await sim.GetAsync($"/v3/subscribers/{id}");
        var again = await sim.DeleteAsync($"/v3/groups/{doomed.Id}");
        var reuse = await sim.PostAsync("/v3/subscribers", $$"""{"number":8002221111,"groupIds":[{{doomed.Id}}]}""");
        var bulkReuse = await sim.PostAsync("/v3/subscribers/bulk", $$"""[{"number":8002222222,"groupIds":[{{doomed.Id}}]}]""");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("Group deleted successfully.", deleted.Json.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, deleted.Data.ValueKind);
        var groups = member.Data.GetProperty("groups");
        Assert.Equal(kept.Id, Assert.Single(groups.EnumerateArray()).GetProperty("id").GetInt32());
        MtaSim.AssertError(again, HttpStatusCode.NotFound);
        MtaSim.AssertError(reuse, HttpStatusCode.BadRequest, $"Group {doomed.Id} does not exist");
        Assert.Contains($"Group {doomed.Id} does not exist", bulkReuse.Data.GetProperty("errorRecords")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, sim.SubscriberCount);
    }
}
