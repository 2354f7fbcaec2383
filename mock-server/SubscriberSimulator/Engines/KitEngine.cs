using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Engines;

/// <summary>
/// The base of every engine built on the kit: it serves the host through the engine's
/// <see cref="EngineKit{TTenant}"/>, so an engine writes only its constructor, its demo seed and
/// its C# seeding API.
/// </summary>
public abstract class KitEngine : ISimulatorEngine
{
    private readonly IEngineKit _kit;

    protected KitEngine(IEngineKit kit)
    {
        ArgumentNullException.ThrowIfNull(kit);
        _kit = kit;
    }

    public string Id => _kit.Id;

    public string PathPrefix => _kit.PathPrefix;

    public string StateKey => _kit.StateKey;

    public IReadOnlyList<ProviderRoute> Routes => _kit.Routes;

    public ValueTask<ProviderResponse> HandleAsync(ProviderRequest request) => _kit.HandleAsync(request);

    public ValueTask<ProviderResponse> HandleControlAsync(ProviderRequest request) => _kit.HandleControlAsync(request);

    public ProviderResponse Error(int status, string message) => _kit.Error(status, message);

    public void WriteState(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        _kit.WriteTenants(writer);
        WriteEngineState(writer);
        writer.WriteEndObject();
    }

    public JsonNode ExportState() => StateJson.ToNode(WriteState);

    // WriteEngineState, ImportState and Reset are virtual for data an engine keeps beside its tenants
    // (engine-wide id counters): an override writes it into the section after the kit's properties
    // (so it is read after every tenant was), reads and checks it before calling the base import
    // (which is all or nothing) and applies it after, and clears it after the base reset.
    protected virtual void WriteEngineState(Utf8JsonWriter writer)
    {
    }

    public virtual void ImportState(JsonNode state) => _kit.ImportState(state);

    public virtual void Reset() => _kit.Reset();

    public abstract IReadOnlyList<string> SeedDemo();
}
