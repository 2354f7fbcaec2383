using System.Text.Json;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>The test engine's part of the state file: {"notes": {key: text}}.</summary>
internal sealed class NotesState : IEngineState<Notebook>
{
    public Action<Utf8JsonWriter> Capture(Notebook tenant)
    {
        KeyValuePair<string, string>[] notes = [.. tenant.Notes];
        return writer => Write(writer, notes);
    }

    private static void Write(Utf8JsonWriter writer, KeyValuePair<string, string>[] notes)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("notes");
        foreach (var (key, text) in notes)
        {
            writer.WriteString(key, text);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public Notebook Read(string tenantId, JsonElement state)
    {
        var notebook = new Notebook(tenantId);
        foreach (var note in state.GetProperty("notes").EnumerateObject())
        {
            notebook.Notes[note.Name] = note.Value.GetString() ?? throw new FormatException("A note is null.");
        }

        return notebook;
    }
}
