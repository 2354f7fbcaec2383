using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Core.State;

/// <summary>Helpers shared by the state file's writers.</summary>
internal static class StateJson
{
    /// <summary>What <paramref name="write"/> writes, parsed into a tree (<see cref="IStateParticipant.ExportState"/>).</summary>
    public static JsonNode ToNode(Action<Utf8JsonWriter> write) =>
        JsonNode.Parse(JsonResponse.Bytes(write, static (writer, write) => write(writer)))!;

    /// <summary>
    /// Writes one JSON value now, into memory, and returns what copies it into the file later: for
    /// the small parts of a tenant whose objects change in place (configuration), where writing them
    /// under the lock costs less than copying each object.
    /// </summary>
    public static Action<Utf8JsonWriter> WrittenNow<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var json = JsonResponse.Bytes(state, write);
        return writer => writer.WriteRawValue(json, skipInputValidation: true);
    }
}
