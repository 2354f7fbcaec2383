using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Work;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>The test engine's routes: read, write (scoped, with a body check) and send a note, plus one that fails.</summary>
internal sealed class NotesApi : IEngineApi<Notebook>
{
    public void Map(ApiRoutes<Notebook> routes) => routes
        .Get("/notes", "listNotes", List)
        .Get("/notes/{key}", "getNote", Get)
        .Put("/notes/{key}", "putNote", Put, scope: NotesDialect.WriteScope, checkBody: RefuseListText)
        .Post("/notes/{key}/send", "sendNote", Send, bucket: "send")
        .Get("/boom", "boom", _ => throw new InvalidOperationException("boom"), validatesWithSpec: false);

    /// <summary>The body check: a list of texts gets the engine's own 422, which the spec alone would answer with a 400.</summary>
    private static void RefuseListText(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.Array)
        {
            throw new RequestRefusedException(422, "text must be one text, not a list.");
        }
    }

    private static ProviderResponse List(ProviderCall<Notebook> call)
    {
        lock (call.Tenant.Gate)
        {
            return JsonResponse.Create(200, call.Tenant.Notes.Count, static (writer, count) =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("count", count);
                writer.WriteEndObject();
            });
        }
    }

    private static ProviderResponse Get(ProviderCall<Notebook> call)
    {
        lock (call.Tenant.Gate)
        {
            return call.Tenant.Notes.TryGetValue(call.Route["key"], out var text)
                ? Note(200, text)
                : throw RequestRefusedException.NotFound("No such note.");
        }
    }

    private static ProviderResponse Put(ProviderCall<Notebook> call)
    {
        var key = call.Route["key"];
        var text = call.Body.GetProperty("text").GetString()!;
        using var work = call.BeginWork();
        var notes = work.Tenant.Notes;
        if (!notes.ContainsKey(key))
        {
            work.AddSubscriber();
        }

        work.OnCommit(() => notes[key] = text);
        work.Commit();
        return Note(200, text);
    }

    /// <summary>Marks the note sent and sends it: both or neither.</summary>
    private static ProviderResponse Send(ProviderCall<Notebook> call)
    {
        var key = call.Route["key"];
        var to = call.Body.GetProperty("to").GetString()!;
        using var work = call.BeginWork();
        var notes = work.Tenant.Notes;
        var text = notes.TryGetValue(key, out var found) ? found : throw RequestRefusedException.NotFound("No such note.");
        work.OnCommit(() => notes[key] = text + " (sent)");
        work.Send(new PendingMessage("email", to, "note", text, new Dictionary<string, string> { ["key"] = key }));
        work.Commit();
        return ProviderResponse.Empty(202);
    }

    private static ProviderResponse Note(int status, string text) =>
        JsonResponse.Create(status, text, static (writer, text) =>
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
        });
}
