using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Internal notes: each call adds one (not idempotent); deleting one that is gone is a 404.</summary>
internal static class NoteRules
{
    public static SubscriberNote Add(WorkspaceChanges changes, SequenzySubscriber subscriber, string body)
    {
        var note = new SubscriberNote(changes.Ids.NextNoteId(), subscriber.Id, body, changes.Now);
        changes.PutNote(note);
        return note;
    }

    public static SubscriberNote Delete(WorkspaceChanges changes, string noteId)
    {
        var note = changes.FindNote(noteId) ?? throw RequestRefusedException.NotFound("Note not found");
        changes.DeleteNote(note);
        return note;
    }
}
