using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Core.State;

/// <summary>Anything whose state is saved to and loaded from the state file, and cleared by reset.</summary>
public interface IStateParticipant
{
    /// <summary>The participant's key in the state file; stable across versions.</summary>
    string StateKey { get; }

    /// <summary>
    /// Writes the participant's section, one JSON value, straight into the state file. Locks that
    /// requests wait for are held only while taking a snapshot, never while writing.
    /// </summary>
    void WriteState(Utf8JsonWriter writer);

    /// <summary>The section <see cref="WriteState"/> writes, as a tree (for tests and tools; a save does not build one).</summary>
    JsonNode ExportState();

    void ImportState(JsonNode state);

    /// <summary>Called by POST /__admin/reset and /__sim/reset.</summary>
    void Reset();
}
