using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;

namespace SubscriberSimulator.Core.Control;

/// <summary>
/// Where an engine declares its own /__sim controls, relative to /__sim/&lt;provider&gt;. Controls of
/// one tenant live under <see cref="TenantPath"/>: <c>routes.Post(TenantPath + "/stop-reply", ...)</c>.
/// The kit adds the controls every engine shares (see <see cref="ControlPipeline{TTenant}"/>).
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class ControlRoutes<TTenant>
    where TTenant : Tenants.Tenant
{
    /// <summary>The route parameter naming the tenant.</summary>
    public const string TenantIdParameter = "tenant_id";

    /// <summary>"/tenants"</summary>
    public const string TenantsPath = "/tenants";

    /// <summary>"/tenants/{tenant_id}"</summary>
    public const string TenantPath = TenantsPath + "/{" + TenantIdParameter + "}";

    private readonly List<(string Method, RouteTemplate Template, Func<ControlCall<TTenant>, ProviderResponse> Handler)> _routes = [];

    internal ControlRoutes()
    {
    }

    public ControlRoutes<TTenant> Get(string template, Func<ControlCall<TTenant>, ProviderResponse> handler) => Map("GET", template, handler);

    public ControlRoutes<TTenant> Post(string template, Func<ControlCall<TTenant>, ProviderResponse> handler) => Map("POST", template, handler);

    public ControlRoutes<TTenant> Put(string template, Func<ControlCall<TTenant>, ProviderResponse> handler) => Map("PUT", template, handler);

    public ControlRoutes<TTenant> Patch(string template, Func<ControlCall<TTenant>, ProviderResponse> handler) => Map("PATCH", template, handler);

    public ControlRoutes<TTenant> Delete(string template, Func<ControlCall<TTenant>, ProviderResponse> handler) => Map("DELETE", template, handler);

    internal RouteTable<Func<ControlCall<TTenant>, ProviderResponse>> Build() => new(_routes);

    private ControlRoutes<TTenant> Map(string method, string template, Func<ControlCall<TTenant>, ProviderResponse> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _routes.Add((method, new RouteTemplate(template), handler));
        return this;
    }
}
