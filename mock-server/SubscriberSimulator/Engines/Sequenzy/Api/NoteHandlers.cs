using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>/api/v1/subscribers/{email}/notes, /subscribers/external/notes?externalId= and /subscribers/notes/{noteId}.</summary>
internal static class NoteHandlers
{
    public static ProviderResponse AddByEmail(ProviderCall<SequenzyWorkspace> call) =>
        Add(call, static call => SubscriberRules.ByEmail(call.Tenant, call.Route["email"]));

    public static ProviderResponse AddByExternalId(ProviderCall<SequenzyWorkspace> call) =>
        Add(call, SubscriberHandlers.ByExternalId);

    public static ProviderResponse Delete(ProviderCall<SequenzyWorkspace> call)
    {
        using var work = call.BeginWork();
        var note = NoteRules.Delete(new WorkspaceChanges(work, call.Credential), call.Route["noteId"]);
        work.Commit();
        return SequenzyJson.Ok(note, static (writer, note) =>
        {
            writer.WriteString("id", note.Id);
            writer.WriteString("subscriberId", note.SubscriberId);
            writer.WriteBoolean("deleted", true);
        });
    }

    private static ProviderResponse Add(ProviderCall<SequenzyWorkspace> call, Func<ProviderCall<SequenzyWorkspace>, SequenzySubscriber> find)
    {
        var body = NoteCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var note = NoteRules.Add(new WorkspaceChanges(work, call.Credential), find(call), body);
        work.Commit();
        return SequenzyJson.Ok((Note: note, WorkspaceId: call.Tenant.Id), static (writer, answer) =>
        {
            var note = answer.Note;
            writer.WriteStartObject("note");
            writer.WriteString("id", note.Id);
            writer.WriteString("subscriberId", note.SubscriberId);
            writer.WriteString("companyId", answer.WorkspaceId);
            writer.WriteNull("authorId");
            writer.WriteString("body", note.Body);
            writer.WriteString("createdAt", SequenzyJson.Timestamp(note.CreatedAt));
            writer.WriteString("updatedAt", SequenzyJson.Timestamp(note.CreatedAt));
            writer.WriteEndObject();
        });
    }
}
