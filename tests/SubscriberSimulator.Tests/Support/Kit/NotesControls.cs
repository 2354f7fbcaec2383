using System.Text.Json;
using SubscriberSimulator.Core.Control;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>The test engine's controls: a notebook with one token, and seeding a note.</summary>
internal sealed class NotesControls : IEngineControls<Notebook>
{
    public void Map(ControlRoutes<Notebook> routes) =>
        routes.Post(ControlRoutes<Notebook>.TenantPath + "/notes", SeedNote);

    /// <summary>Body {"id": "...", "token": "..."}.</summary>
    public ProviderResponse CreateTenant(ControlCall<Notebook> call)
    {
        var body = call.Body ?? throw RequestRefusedException.BadRequest("A body is required.");
        var notebook = new Notebook(body.GetProperty("id").GetString()!);
        call.Tenants.Add(notebook, body.GetProperty("token").GetString()!);
        return JsonResponse.Create(201, notebook.Id, static (writer, id) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteEndObject();
        });
    }

    public void WriteSummary(Utf8JsonWriter writer, Notebook tenant)
    {
        writer.WriteStartObject();
        writer.WriteString("id", tenant.Id);
        writer.WriteNumber("notes", tenant.Notes.Count);
        writer.WriteEndObject();
    }

    public void WriteDescription(Utf8JsonWriter writer, Notebook tenant)
    {
        writer.WriteStartObject();
        writer.WriteString("id", tenant.Id);
        writer.WriteString("send_failure", tenant.SendFailure.ToString());
        writer.WriteStartObject("notes");
        foreach (var (key, text) in tenant.Notes)
        {
            writer.WriteString(key, text);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static ProviderResponse SeedNote(ControlCall<Notebook> call)
    {
        var body = call.Body ?? throw RequestRefusedException.BadRequest("A body is required.");
        var key = body.GetProperty("key").GetString()!;
        var text = body.GetProperty("text").GetString()!;
        using var work = call.BeginWork();
        var notes = work.Tenant.Notes;
        work.OnCommit(() => notes[key] = text);
        work.Commit();
        return ProviderResponse.Empty(204);
    }
}
