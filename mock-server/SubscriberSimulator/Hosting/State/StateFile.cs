using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Hosting.State;

/// <summary>
/// Saves and loads every <see cref="IStateParticipant"/> as one JSON document:
/// <c>{"version":1,"savedAt":...,"participants":{"StateKey":...}}</c>. A save writes a temporary file
/// in the same folder (mode 0600: the file holds credentials and personal data), flushes it to disk
/// and renames it over the old one, so a crash mid-save never leaves a torn state file. A load
/// refuses anything it cannot read whole, naming the file and the section: starting with a section
/// silently empty would let the next save erase that data for good.
/// </summary>
internal static class StateFile
{
    private const int Version = 1;

    private const string TemporarySuffix = ".tmp";

    public static void Save(string path, IEnumerable<IStateParticipant> participants, DateTimeOffset now)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + TemporarySuffix;
        try
        {
            using (var stream = CreatePrivate(temporary))
            {
                // Each section goes straight to the file as it is written: no tree, and the writer
                // holds a chunk at a time, however large the state.
                using (var writer = new Utf8JsonWriter(new FileChunkWriter(stream)))
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("version", Version);
                    writer.WriteString("savedAt", now);
                    writer.WriteStartObject("participants");
                    foreach (var participant in participants)
                    {
                        writer.WritePropertyName(participant.StateKey);
                        participant.WriteState(writer);
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Refuses, before anything starts, a path the state could not be saved to at stop: a directory,
    /// a path under a regular file, a folder that cannot be written.
    /// </summary>
    public static void CheckWritable(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new IOException($"The state file '{path}' is a directory; give the path of a file.");
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        try
        {
            Directory.CreateDirectory(folder);
            // The probe is the temporary file a save writes, so a save needs nothing this did not do.
            using (CreatePrivate(fullPath + TemporarySuffix))
            {
            }

            File.Delete(fullPath + TemporarySuffix);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The state file '{path}' cannot be written (folder '{folder}'): {exception.Message}", exception);
        }
    }

    /// <summary>Loads the file if it exists; returns false when there is none yet.</summary>
    public static bool Load(string path, IReadOnlyList<IStateParticipant> participants)
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

        var states = ReadEnvelope(path, document);
        var present = participants.Where(participant => states.ContainsKey(participant.StateKey)).ToArray();
        if (present.Length == 0)
        {
            var expected = string.Join(", ", participants.Select(participant => '"' + participant.StateKey + '"'));
            throw new InvalidDataException($"The state file '{path}' has no section this simulator knows (expected {expected}); refusing to start empty and overwrite it.");
        }

        foreach (var participant in present)
        {
            Import(path, participant, states[participant.StateKey]);
        }

        return true;
    }

    private static JsonObject ReadEnvelope(string path, JsonNode? document)
    {
        if (document is JsonObject root
            && root["version"] is JsonValue version && version.TryGetValue<int>(out var number) && number == Version
            && root["participants"] is JsonObject states)
        {
            return states;
        }

        throw new InvalidDataException($"The state file '{path}' is not a version {Version} simulator state file (expected {{\"version\":{Version},\"participants\":{{...}}}}).");
    }

    private static void Import(string path, IStateParticipant participant, JsonNode? section)
    {
        var where = $"The state file '{path}', section \"{participant.StateKey}\"";
        if (section is not JsonObject)
        {
            throw new InvalidDataException($"{where}: expected a JSON object, found {(section is null ? "null" : section.GetValueKind().ToString())}.");
        }

        try
        {
            participant.ImportState(section);
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or FormatException or KeyNotFoundException
            or JsonException or ArgumentException)
        {
            throw new InvalidDataException($"{where}: {exception.Message}", exception);
        }
    }

    private static FileStream CreatePrivate(string path)
    {
        // A stale temporary file from a killed save would keep its old mode: start from none.
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }
}
