using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class TagDefinitionTests
{
    [Fact]
    public async Task Create_list_recolour_and_delete_a_tag_definition()
    {
        using var sim = SequenzySim.Create();

        var created = await sim.PostAsync("/tags", """{"name": "Pro Customer", "color": "green"}""");
        var id = created.String("tag", "id")!;
        var recoloured = await sim.PatchAsync($"/tags/{id}", """{"color": "rose"}""");
        var listed = await sim.GetAsync("/tags");
        var deleted = await sim.DeleteAsync($"/tags/{id}");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("pro-customer", created.String("tag", "name"));
        Assert.Equal("rose", recoloured.String("tag", "color"));
        Assert.Contains(listed.Json.GetProperty("tags").EnumerateArray(), tag => tag.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Empty(sim.Engine.ListTagDefinitions(sim.WorkspaceId));
    }

    [Fact]
    public async Task A_new_tag_without_a_colour_is_gray_and_a_second_one_with_the_same_name_is_a_conflict()
    {
        using var sim = SequenzySim.Create();

        var first = await sim.PostAsync("/tags", """{"name": "vip"}""");
        var second = await sim.PostAsync("/tags", """{"name": " VIP "}""");

        Assert.Equal("gray", first.String("tag", "color"));
        SequenzySim.AssertError(second, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Deleting_a_tag_takes_it_off_every_subscriber()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "a@example.com", "tags": ["old", "keep"]}""");
        var id = sim.Engine.ListTagDefinitions(sim.WorkspaceId).Single(tag => tag.Name == "old").Id;

        await sim.DeleteAsync($"/tags/{id}");

        Assert.Equal(["keep"], sim.Stored("a@example.com").Tags);
    }

    [Fact]
    public async Task System_tags_unknown_ids_bad_colours_and_tags_used_by_a_sequence_are_refused()
    {
        using var sim = SequenzySim.Create();
        var system = sim.Engine.AddTagDefinition(sim.WorkspaceId, "managed", isSystem: true);
        var sequence = new SubscriberSimulator.Engines.Sequenzy.SequenzySequenceOptions { Name = "Win-back", TriggerTag = "churned" };
        sequence.Steps.Add(new SubscriberSimulator.Engines.Sequenzy.SequenzySequenceStepOptions { Type = "action_email", Label = "Hi" });
        sim.Engine.AddSequence(sim.WorkspaceId, sequence);
        var used = sim.Engine.ListTagDefinitions(sim.WorkspaceId).Single(tag => tag.Name == "churned");

        SequenzySim.AssertError(await sim.PatchAsync($"/tags/{system.Id}", """{"color": "red"}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.DeleteAsync($"/tags/{system.Id}"), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.DeleteAsync("/tags/tag_nope"), HttpStatusCode.NotFound);
        SequenzySim.AssertError(await sim.PostAsync("/tags", """{"name": "x", "color": "plaid"}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.DeleteAsync($"/tags/{used.Id}"), HttpStatusCode.Conflict);
        Assert.Equal(2, sim.Engine.ListTagDefinitions(sim.WorkspaceId).Count);
    }
}
