using System.Text.Json;
using System.Text.Json.Serialization;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.State;

/// <summary>
/// A workspace's part of the state file: keys and scopes, settings, id counters, lists, tags,
/// subscribers (with their sequence enrolments), imports, notes, events and sequences, through System.Text.Json (the records are plain data). The kit writes
/// the envelope (id, credentials, send failure) and imports all or nothing.
/// </summary>
internal sealed class SequenzyStateSerializer : IEngineState<SequenzyWorkspace>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>
    /// The workspace's records are immutable (subscribers copy-on-write, ids replaced by a copy at
    /// commit), so the snapshot is new lists of the same records, serialised after the lock.
    /// </summary>
    public Action<Utf8JsonWriter> Capture(SequenzyWorkspace tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var state = new WorkspaceState
        {
            ApiKeys = tenant.Credentials.Select(key => new ApiKeyState(key, tenant.ScopesOf(key))).ToList(),
            DoubleOptIn = tenant.DoubleOptIn,
            DefaultListIds = tenant.DefaultListIds,
            NextSequence = tenant.NextSequence,
            Ids = tenant.Ids.Copy(),
            Lists = new List<SequenzyList>(tenant.Lists),
            Tags = new List<TagDefinition>(tenant.Tags.Values),
            Subscribers = new List<SequenzySubscriber>(tenant.ById.Values),
            Imports = new List<SubscriberImport>(tenant.Imports.Values),
            Notes = new List<SubscriberNote>(tenant.Notes.Values),
            Events = new List<SubscriberEvent>(tenant.Events),
            EventDefinitions = new List<EventDefinition>(tenant.EventDefinitions.Values),
            Sequences = new List<SequenzySequence>(tenant.Sequences),
        };
        return writer => JsonSerializer.Serialize(writer, state, Json);
    }

    public SequenzyWorkspace Read(string tenantId, JsonElement state)
    {
        var saved = state.Deserialize<WorkspaceState>(Json) ?? throw new FormatException($"workspace '{tenantId}' has no state");
        if (saved.ApiKeys.Count == 0)
        {
            throw new FormatException($"workspace '{tenantId}' has no API key");
        }

        var workspace = new SequenzyWorkspace(tenantId)
        {
            DoubleOptIn = saved.DoubleOptIn,
            DefaultListIds = saved.DefaultListIds,
            NextSequence = saved.NextSequence,
            Ids = saved.Ids,
        };
        foreach (var key in saved.ApiKeys)
        {
            workspace.ScopesByKey[key.Key] = key.Scopes;
        }

        workspace.Lists.AddRange(saved.Lists);
        foreach (var tag in saved.Tags)
        {
            workspace.Tags[tag.Name] = tag;
        }

        foreach (var subscriber in saved.Subscribers)
        {
            workspace.Index(subscriber);
        }

        foreach (var import in saved.Imports)
        {
            workspace.Imports[import.Id] = import;
        }

        foreach (var note in saved.Notes)
        {
            workspace.Notes[note.Id] = note;
        }

        foreach (var recorded in saved.Events)
        {
            workspace.Record(recorded);
        }

        foreach (var definition in saved.EventDefinitions)
        {
            workspace.EventDefinitions[definition.Name] = definition;
        }

        workspace.Sequences.AddRange(saved.Sequences);

        return workspace;
    }
}
