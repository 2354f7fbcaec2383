using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Work;

namespace SubscriberSimulator.Core.Control;

/// <summary>
/// One /__sim control request, as its handler gets it: no credential and no rate limit; the body
/// is optional; the tenant is the one the path names (<c>{tenant_id}</c>).
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class ControlCall<TTenant>
    where TTenant : Tenant
{
    private TTenant? _tenant;

    internal ControlCall(ProviderRequest request, JsonElement? body, TenantStore<TTenant> tenants)
    {
        Request = request;
        Body = body;
        Tenants = tenants;
    }

    public ProviderRequest Request { get; }

    /// <summary>The JSON body (valid until the handler returns), or null when the request has none.</summary>
    public JsonElement? Body { get; }

    public RouteValues Route => Request.RouteValues;

    public IRequestValues Query => Request.Query;

    public CancellationToken CancellationToken => Request.RequestAborted;

    /// <summary>All the engine's tenants (to create or list them).</summary>
    public TenantStore<TTenant> Tenants { get; }

    /// <summary>The tenant named by <c>{tenant_id}</c> in the path; the provider's 404 when there is none.</summary>
    public TTenant Tenant => _tenant ??= Tenants.Get(Route[ControlRoutes<TTenant>.TenantIdParameter]);

    /// <summary>Begins a unit of work on <see cref="Tenant"/>.</summary>
    public UnitOfWork<TTenant> BeginWork() => Tenants.BeginWork(Tenant, CancellationToken);
}
