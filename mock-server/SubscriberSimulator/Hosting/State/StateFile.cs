using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Hosting.State;

/// <summary>
/// Saves and loads every <see cref="IStateParticipant"/> as one JSON document:
/// <c>{"version":1,"savedAt":...,"participants":{"StateKey":...}}</c>. Writes go to a temporary file
/// that replaces the old one, so a crash mid-save never leaves a half-written state file.
/// </summary>
internal static class StateFile
{
    private const int Version = 1;

    public static void Save(string path, IEnumerable<IStateParticipant> participants, DateTimeOffset now)
    {
        var states = new JsonObject();
        foreach (var participant in participants)
        {
            states[participant.StateKey] = participant.ExportState();
        }

        var document = new JsonObject { ["version"] = Version, ["savedAt"] = now, ["participants"] = states };
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream))
        {
            document.WriteTo(writer);
        }

        File.Move(temporary, fullPath, overwrite: true);
    }

    /// <summary>Loads the file if it exists; returns false when there is none yet.</summary>
    public static bool Load(string path, IEnumerable<IStateParticipant> participants)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        JsonNode? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonNode.Parse(stream);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The state file '{path}' is not valid JSON: {exception.Message}", exception);
        }

        if (document?["version"]?.GetValue<int>() != Version || document["participants"] is not JsonObject states)
        {
            throw new InvalidDataException($"The state file '{path}' is not a version {Version} simulator state file.");
        }

        foreach (var participant in participants)
        {
            if (states[participant.StateKey] is { } state)
            {
                participant.ImportState(state);
            }
        }

        return true;
    }
}
