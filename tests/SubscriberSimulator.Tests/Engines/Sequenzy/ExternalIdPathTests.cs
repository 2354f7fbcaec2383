using System.Net;

namespace SubscriberSimulator.Tests.Engines.Sequenzy;

public sealed class ExternalIdPathTests
{
    [Fact]
    public async Task Get_update_and_delete_with_the_external_id_in_the_path()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "p@example.com", "externalId": "crm-42"}""");

        var got = await sim.GetAsync("/subscribers/external/crm-42");
        var patched = await sim.PatchAsync("/subscribers/external/crm-42", """{"firstName": "Pat"}""");
        var deleted = await sim.DeleteAsync("/subscribers/external/crm-42");

        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal("p@example.com", got.Subscriber.GetProperty("email").GetString());
        Assert.Equal("Pat", patched.Subscriber.GetProperty("firstName").GetString());
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Empty(sim.Subscribers);
    }

    [Fact]
    public async Task An_unknown_external_id_in_the_path_is_a_404()
    {
        using var sim = SequenzySim.Create();

        SequenzySim.AssertError(await sim.GetAsync("/subscribers/external/nobody"), HttpStatusCode.NotFound);
        SequenzySim.AssertError(await sim.PatchAsync("/subscribers/external/nobody", """{"firstName": "X"}"""), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_external_id_named_notes_is_read_by_get_while_post_adds_a_note()
    {
        using var sim = SequenzySim.Create();
        await sim.CreateAsync("""{"email": "notes@example.com", "externalId": "notes"}""");

        var got = await sim.GetAsync("/subscribers/external/notes");
        var note = await sim.PostAsync("/subscribers/external/notes?externalId=notes", """{"body": "hello"}""");

        Assert.Equal("notes@example.com", got.Subscriber.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, note.Status);
    }
}
