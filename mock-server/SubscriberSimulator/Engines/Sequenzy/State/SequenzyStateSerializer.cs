using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.State;

/// <summary>Exports and imports the engine's workspaces for the state file (each workspace read under its lock).</summary>
internal static class SequenzyStateSerializer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static JsonNode Export(WorkspaceRegistry registry, SequenzyIds ids)
    {
        var state = new SequenzyState { IdCounters = ids.Export() };
        foreach (var workspace in registry.All())
        {
            lock (workspace.Gate)
            {
                state.Workspaces.Add(new WorkspaceState
                {
                    Id = workspace.Id,
                    ApiKeys = new List<SequenzyApiKey>(workspace.ApiKeys),
                    DoubleOptIn = workspace.DoubleOptIn,
                    FailSends = workspace.FailSends,
                    DefaultListIds = workspace.DefaultListIds,
                    NextSequence = workspace.NextSequence,
                    Lists = new List<SequenzyList>(workspace.Lists),
                    Tags = new List<TagDefinition>(workspace.Tags.Values),
                    Subscribers = new List<SequenzySubscriber>(workspace.ById.Values),
                    Imports = new List<SubscriberImport>(workspace.Imports.Values),
                });
            }
        }

        return JsonSerializer.SerializeToNode(state, Json)!;
    }

    /// <summary>Reads the whole state first, so a malformed file leaves the engine unchanged.</summary>
    public static (List<SequenzyWorkspace> Workspaces, long[] IdCounters) Read(JsonNode node)
    {
        SequenzyState state;
        try
        {
            state = node.Deserialize<SequenzyState>(Json) ?? throw new InvalidDataException("The Sequenzy state is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("The Sequenzy state is malformed: " + exception.Message, exception);
        }

        var workspaces = new List<SequenzyWorkspace>(state.Workspaces.Count);
        foreach (var saved in state.Workspaces)
        {
            if (saved.ApiKeys is not { Count: > 0 })
            {
                throw new InvalidDataException($"The Sequenzy workspace '{saved.Id}' in the state has no API key.");
            }

            var workspace = new SequenzyWorkspace(saved.Id, saved.ApiKeys[0])
            {
                DoubleOptIn = saved.DoubleOptIn,
                FailSends = saved.FailSends,
                DefaultListIds = saved.DefaultListIds,
                NextSequence = saved.NextSequence,
            };
            workspace.ApiKeys.AddRange(saved.ApiKeys.Skip(1));
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

            workspaces.Add(workspace);
        }

        return (workspaces, state.IdCounters.Length == 0 ? [0, 0, 0, 0, 0] : state.IdCounters);
    }
}
