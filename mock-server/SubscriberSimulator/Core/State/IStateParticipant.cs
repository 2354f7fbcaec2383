using System.Text.Json.Nodes;

namespace SubscriberSimulator.Core.State;

/// <summary>Anything whose state is saved to and loaded from the state file, and cleared by reset.</summary>
public interface IStateParticipant
{
    /// <summary>The participant's key in the state file; stable across versions.</summary>
    string StateKey { get; }

    JsonNode ExportState();

    void ImportState(JsonNode state);

    /// <summary>Called by POST /__admin/reset and /__sim/reset.</summary>
    void Reset();
}
