using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Control;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Core;

/// <summary>
/// Puts an engine's parts together: its dialect, tenant store, routes, controls and state
/// serializer become the provider pipeline, the control pipeline and the state section. An engine
/// hands one to its <see cref="Engines.KitEngine"/> base, which serves the host with it.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class EngineKit<TTenant> : IEngineKit
    where TTenant : Tenant
{
    private readonly ProviderDialect<TTenant> _dialect;
    private readonly TenantStore<TTenant> _store;
    private readonly ProviderPipeline<TTenant> _api;
    private readonly ControlPipeline<TTenant> _controls;
    private readonly TenantStoreState<TTenant> _state;

    public EngineKit(
        string pathPrefix,
        ProviderDialect<TTenant> dialect,
        TenantStore<TTenant> store,
        IEngineApi<TTenant> api,
        IEngineControls<TTenant> controls,
        IEngineState<TTenant> state,
        EngineServices services)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathPrefix);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(services);
        _dialect = dialect;
        _store = store;
        PathPrefix = pathPrefix;
        var routes = new ApiRoutes<TTenant>(dialect.DefaultRateLimitBucket);
        api.Map(routes);
        _api = new ProviderPipeline<TTenant>(pathPrefix, routes.Build(), dialect, store, services);
        _controls = new ControlPipeline<TTenant>(dialect, store, controls, services);
        _state = new TenantStoreState<TTenant>(dialect, store, state);
    }

    public string Id => _dialect.ProviderId;

    public string PathPrefix { get; }

    /// <summary>The engine's key in the state file: its id.</summary>
    public string StateKey => _dialect.ProviderId;

    public IReadOnlyList<ProviderRoute> Routes => _api.Routes;

    public ValueTask<ProviderResponse> HandleAsync(ProviderRequest request) => new(_api.Handle(request));

    public ValueTask<ProviderResponse> HandleControlAsync(ProviderRequest request) => new(_controls.Handle(request));

    public ProviderResponse Error(int status, string message) => _dialect.Error(status, message);

    public void WriteState(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteTenants(writer);
        writer.WriteEndObject();
    }

    public void WriteTenants(Utf8JsonWriter writer) => _state.WriteProperties(writer);

    public JsonNode ExportState() => StateJson.ToNode(WriteState);

    public void ImportState(JsonNode state) => _state.Import(state);

    /// <summary>Forgets every tenant (POST /__admin/reset and /__sim/reset).</summary>
    public void Reset() => _store.Clear();
}
