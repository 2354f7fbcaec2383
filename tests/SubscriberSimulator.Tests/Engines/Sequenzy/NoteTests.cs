using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class NoteTests
{
    [Fact]
    public async Task Notes_are_added_by_email_and_by_external_id_and_deleted()
    {
        using var sim = SequenzySim.Create();
        var created = await sim.CreateAsync("""{"email": "n@example.com", "externalId": "crm/7"}""");
        var subscriberId = created.Subscriber.GetProperty("id").GetString();

        var byEmail = await sim.PostAsync("/subscribers/N@example.com/notes", """{"body": "Called about billing"}""");
        var byExternal = await sim.PostAsync("/subscribers/external/notes?externalId=crm%2F7", """{"body": "Second note"}""");
        var deleted = await sim.DeleteAsync($"/subscribers/notes/{byEmail.String("note", "id")}");
        var again = await sim.DeleteAsync($"/subscribers/notes/{byEmail.String("note", "id")}");

        Assert.Equal(HttpStatusCode.OK, byEmail.Status);
        Assert.Equal(subscriberId, byEmail.String("note", "subscriberId"));
        Assert.Equal("Called about billing", byEmail.String("note", "body"));
        Assert.Equal(subscriberId, byExternal.String("note", "subscriberId"));
        Assert.True(deleted.Bool("deleted"));
        SequenzySim.AssertError(again, HttpStatusCode.NotFound);
        Assert.Equal("Second note", Assert.Single(sim.Engine.ListNotes(sim.WorkspaceId)).Body);
    }

    [Fact]
    public async Task A_note_for_nobody_or_with_an_empty_or_too_long_body_is_refused()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "n@example.com"}""");
        var tooLong = new string('x', 5001);

        SequenzySim.AssertError(await sim.PostAsync("/subscribers/ghost@example.com/notes", """{"body": "x"}"""), HttpStatusCode.NotFound);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/external/notes?externalId=nobody", """{"body": "x"}"""), HttpStatusCode.NotFound);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/n@example.com/notes", """{"body": "  "}"""), HttpStatusCode.BadRequest);
        SequenzySim.AssertError(await sim.PostAsync("/subscribers/n@example.com/notes", $$"""{"body": "{{tooLong}}"}"""), HttpStatusCode.BadRequest);
        Assert.Empty(sim.Engine.ListNotes(sim.WorkspaceId));
    }
}
