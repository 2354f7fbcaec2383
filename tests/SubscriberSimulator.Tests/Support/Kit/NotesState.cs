using System.Text.Json;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>The test engine's part of the state file: {"notes": {key: text}}.</summary>
internal sealed class NotesState : IEngineState<Notebook>
{
    public void Write(Utf8JsonWriter writer, Notebook tenant)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("notes");
        foreach (var (key, text) in tenant.Notes)
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
