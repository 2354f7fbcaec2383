using System.Net;
using System.Text.Json;

namespace SubscriberSimulator.Tests.Engines.MobileTextAlerts;

public sealed class MtaGroupMembershipTests
{
    [Fact]
    public async Task Adding_one_subscriber_joins_it_once_with_the_documented_message()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        var joinedAt = sim.Server.Clock.GetUtcNow();

        var added = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers", $$"""{"subscriberId":{{id}}}""");
        sim.Server.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers", $$"""{"subscriberId":{{id}}}""");
        var read = await sim.GetAsync($"/v3/subscribers/{id}");

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal($"Added subscriber {id} to group {group.Id}.", added.Json.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, added.Data.ValueKind);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        var membership = Assert.Single(read.Data.GetProperty("groups").EnumerateArray());
        Assert.Equal(group.Id, membership.GetProperty("id").GetInt32());
        Assert.Equal("VIP", membership.GetProperty("name").GetString());
        Assert.Equal(joinedAt, membership.GetProperty("addedToGroupAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Adding_to_an_unknown_group_or_an_unknown_subscriber_is_404_and_changes_nothing()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        var before = sim.Snapshot();

        MtaSim.AssertError(await sim.PostAsync($"/v3/groups/{group.Id + 1000}/subscribers", $$"""{"subscriberId":{{id}}}"""), HttpStatusCode.NotFound, "Group not found");
        MtaSim.AssertError(await sim.PostAsync($"/v3/groups/{group.Id}/subscribers", """{"subscriberId":1}"""), HttpStatusCode.NotFound, "Subscriber not found");
        Assert.Equal(before, sim.Snapshot());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"subscriberId":"109000001"}""")]
    [InlineData("""{"subscriberId":1.5}""")]
    [InlineData("""{"subscriberId":1,"groupId":2}""")]
    [InlineData("[]")]
    public async Task A_malformed_add_body_is_400(string body)
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");

        MtaSim.AssertError(await sim.PostAsync($"/v3/groups/{group.Id}/subscribers", body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Removing_one_subscriber_keeps_the_record_and_a_second_removal_is_404()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var id = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{group.Id}}]}""");

        var removed = await sim.DeleteAsync($"/v3/groups/{group.Id}/subscribers/{id}");
        var again = await sim.DeleteAsync($"/v3/groups/{group.Id}/subscribers/{id}");
        var read = await sim.GetAsync($"/v3/subscribers/{id}");

        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Equal($"Deleted subscriber {id} from group {group.Id}.", removed.Json.GetProperty("message").GetString());
        MtaSim.AssertError(again, HttpStatusCode.NotFound, $"Subscriber {id} is not in group {group.Id}");
        Assert.Equal(0, read.Data.GetProperty("groups").GetArrayLength());
        MtaSim.AssertError(await sim.DeleteAsync($"/v3/groups/{group.Id}/subscribers/nobody"), HttpStatusCode.NotFound);
        MtaSim.AssertError(await sim.DeleteAsync($"/v3/groups/{group.Id + 1000}/subscribers/{id}"), HttpStatusCode.NotFound, "Group not found");
    }

    [Fact]
    public async Task Bulk_create_adds_the_new_members_and_skips_unknown_ids_and_members()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var member = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{group.Id}}]}""");
        var first = await sim.CreateSubscriberAsync("""{"number":8002222222}""");
        var second = await sim.CreateSubscriberAsync("""{"email":"b@example.com"}""");

        var added = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-create",
            $$"""{"subscriberIds":[{{member}},{{first}},1,{{second}},{{first}}]}""");
        var again = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-create", $$"""{"subscriberIds":[{{first}}]}""");

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal($"Added 2 subscribers to group {group.Id}.", added.Json.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, added.Data.ValueKind);
        Assert.Equal($"Added 0 subscribers to group {group.Id}.", again.Json.GetProperty("message").GetString());
        Assert.All(sim.Engine.ListSubscribers(sim.TenantId), subscriber => Assert.Equal(group.Id, Assert.Single(subscriber.Groups).GroupId));
    }

    [Fact]
    public async Task Bulk_delete_removes_the_members_named_and_skips_the_rest()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var one = await sim.CreateSubscriberAsync($$"""{"number":8002221111,"groupIds":[{{group.Id}}]}""");
        var two = await sim.CreateSubscriberAsync($$"""{"number":8002222222,"groupIds":[{{group.Id}}]}""");
        var outsider = await sim.CreateSubscriberAsync("""{"number":8002223333}""");

        var removed = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-delete", $$"""{"subscriberIds":[{{one}},{{outsider}},5,{{one}}]}""");
        var count = await sim.GetAsync($"/v3/groups/{group.Id}/member-count");

        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Equal($"Deleted 1 subscriber from group {group.Id}.", removed.Json.GetProperty("message").GetString());
        Assert.Equal(1, count.Data.GetProperty("memberCount").GetInt32());
        Assert.Equal(3, sim.SubscriberCount);
        Assert.Equal(two, sim.Engine.ListSubscribers(sim.TenantId).Single(s => s.Groups.Length == 1).Id);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"subscriberIds":[]}""")]
    [InlineData("""{"subscriberIds":["1"]}""")]
    [InlineData("""{"subscriberIds":[1.5]}""")]
    [InlineData("""{"subscriberIds":1}""")]
    [InlineData("""{"subscriberIds":[1],"groupId":1}""")]
    [InlineData("[1]")]
    public async Task Malformed_bulk_bodies_are_400_on_both_routes(string body)
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");

        MtaSim.AssertError(await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-create", body), HttpStatusCode.BadRequest);
        MtaSim.AssertError(await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-delete", body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task More_than_1000_ids_are_refused_and_exactly_1000_are_taken()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        var thousand = string.Join(",", Enumerable.Repeat(id, 1000));

        var tooMany = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-create", $$"""{"subscriberIds":[{{thousand}},{{id}}]}""");
        var atLimit = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers/bulk-create", $$"""{"subscriberIds":[{{thousand}}]}""");

        MtaSim.AssertError(tooMany, HttpStatusCode.BadRequest, "at most 1000");
        Assert.Equal($"Added 1 subscriber to group {group.Id}.", atLimit.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Bulk_routes_answer_404_for_an_unknown_group()
    {
        using var sim = MtaSim.Create();
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111}""");

        MtaSim.AssertError(await sim.PostAsync("/v3/groups/9/subscribers/bulk-create", $$"""{"subscriberIds":[{{id}}]}"""), HttpStatusCode.NotFound, "Group not found");
        MtaSim.AssertError(await sim.PostAsync("/v3/groups/9/subscribers/bulk-delete", $$"""{"subscriberIds":[{{id}}]}"""), HttpStatusCode.NotFound, "Group not found");
    }

    [Fact]
    public async Task An_opted_out_number_can_be_a_member_and_membership_sends_nothing()
    {
        using var sim = MtaSim.Create();
        var group = sim.Engine.AddGroup(sim.TenantId, "VIP");
        var id = await sim.CreateSubscriberAsync("""{"number":8002221111}""");
        await sim.PostAsync("/v3/unsubscribes", """{"number":"8002221111"}""");

        var added = await sim.PostAsync($"/v3/groups/{group.Id}/subscribers", $$"""{"subscriberId":{{id}}}""");

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal(1, (await sim.GetAsync($"/v3/groups/{group.Id}/member-count")).Data.GetProperty("memberCount").GetInt32());
        Assert.Empty(sim.Messages);
        Assert.True((await sim.GetAsync("/v3/unsubscribes/8002221111")).Data.GetProperty("unsubscribed").GetBoolean());
    }
}
