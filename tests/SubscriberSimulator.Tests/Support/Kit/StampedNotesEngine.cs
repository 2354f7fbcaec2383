using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>
/// The notes engine with one engine-wide value beside its tenants (a "stamp", as a real engine
/// keeps id counters): exported next to the kit's section, checked before an import, cleared by reset.
/// </summary>
internal sealed class StampedNotesEngine(EngineServices services)
    : KitEngine(new EngineKit<Notebook>("/notes-api", new NotesDialect(), new TenantStore<Notebook>(new NotesDialect(), services), new NotesApi(), new NotesControls(), new NotesState(), services))
{
    public long Stamp { get; set; }

    public override IReadOnlyList<string> SeedDemo() => [];

    protected override void WriteEngineState(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("stamp", Stamp);
    }

    public override void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var stamp = state["stamp"] is JsonValue value && value.TryGetValue<long>(out var read) ? read : throw new InvalidDataException("no stamp");
        base.ImportState(state);
        Stamp = stamp;
    }

    public override void Reset()
    {
        base.Reset();
        Stamp = 0;
    }
}
