using System.Text.Json.Nodes;
using Newtonsoft.Json;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Hosting.Mappings;
using WireMock.Admin.Mappings;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SubscriberSimulator.Hosting.State;

/// <summary>
/// Users' WireMock.Net mappings and scenario states in the state file, in WireMock.Net's own mapping
/// JSON: <c>{"mappings":[...],"scenarios":[{"name":..,"state":..}]}</c>. The provider mappings are
/// the simulator's and come back by themselves; a mapping answered by a C# callback cannot be
/// written down and is not saved (engine-answered mappings are, by their marker).
/// </summary>
internal sealed class MappingsState : IStateParticipant
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    private readonly WireMockServer _server;
    private readonly IReadOnlySet<Guid> _providerMappings;
    private readonly EngineAnsweredMappings _engineAnswered;

    public MappingsState(WireMockServer server, IReadOnlySet<Guid> providerMappings, EngineAnsweredMappings engineAnswered)
    {
        _server = server;
        _providerMappings = providerMappings;
        _engineAnswered = engineAnswered;
    }

    public string StateKey => "wiremock";

    /// <summary>Through a tree: users' mappings are few, and WireMock.Net writes them with Newtonsoft.Json only.</summary>
    public void WriteState(System.Text.Json.Utf8JsonWriter writer) => ExportState().WriteTo(writer);

    public JsonNode ExportState()
    {
        var saved = _server.Mappings
            .Where(mapping => !_providerMappings.Contains(mapping.Guid))
            .Where(mapping => mapping.Provider is not Response { WithCallbackUsed: true } || EngineAnsweredMappings.IsEngineAnswered(mapping.Data))
            .Select(mapping => mapping.Guid)
            .ToHashSet();
        var models = _server.MappingModels.Where(model => model.Guid is { } id && saved.Contains(id)).ToArray();
        var scenarios = new JsonArray(_server.Scenarios.Values
            .Where(scenario => scenario.NextState is not null)
            .Select(scenario => (JsonNode)new JsonObject { ["name"] = scenario.Name, ["state"] = scenario.NextState })
            .ToArray());
        return new JsonObject
        {
            ["mappings"] = JsonNode.Parse(JsonConvert.SerializeObject(models, Json)),
            ["scenarios"] = scenarios,
        };
    }

    public void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state["mappings"] is not JsonArray mappings)
        {
            throw new InvalidDataException("\"mappings\" is missing or not an array");
        }

        MappingModel[] models;
        try
        {
            models = JsonConvert.DeserializeObject<MappingModel[]>(mappings.ToJsonString(), Json) ?? [];
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The WireMock.Net mappings in the state file are not valid: {exception.Message}", exception);
        }

        foreach (var model in models)
        {
            try
            {
                if (EngineAnsweredMappings.IsEngineAnswered(model.Data))
                {
                    _engineAnswered.Add(_server, EngineAnsweredMappings.ToRequestModel(model));
                }
                else
                {
                    _server.WithMapping(model);
                }
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or InvalidOperationException)
            {
                throw new InvalidDataException($"The WireMock.Net mapping {model.Guid} in the state file cannot be registered: {exception.Message}", exception);
            }
        }

        foreach (var scenario in state["scenarios"]?.AsArray() ?? [])
        {
            if (scenario?["name"]?.GetValue<string>() is { } name)
            {
                _server.SetScenarioState(name, scenario["state"]?.GetValue<string>());
            }
        }
    }

    /// <summary>Users' mappings go with POST /__admin/reset, which puts the provider mappings back itself.</summary>
    public void Reset()
    {
    }
}
