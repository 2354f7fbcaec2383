using System.Text.Json;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Core.Work;

namespace SubscriberSimulator.Core.Pipeline;

/// <summary>
/// One provider request that passed the pipeline's checks, as its handler gets it: the tenant its
/// credential reaches, the parsed body, the route values, and the way to begin its unit of work.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class ProviderCall<TTenant>
    where TTenant : Tenant
{
    private readonly TenantStore<TTenant> _store;
    private readonly JsonElement? _body;

    internal ProviderCall(ProviderRequest request, TTenant tenant, string credential, JsonElement? body, TenantStore<TTenant> store)
    {
        Request = request;
        Tenant = tenant;
        Credential = credential;
        _body = body;
        _store = store;
    }

    public ProviderRequest Request { get; }

    /// <summary>The tenant the credential reaches; the only one this request may see.</summary>
    public TTenant Tenant { get; }

    /// <summary>The credential as the dialect's scheme read it (a token, or "user:password").</summary>
    public string Credential { get; }

    /// <summary>The JSON body (valid until the handler returns). Only operations that read a body have one.</summary>
    public JsonElement Body => _body ?? throw new InvalidOperationException("This operation reads no body; declare it with a method that does (POST, PUT, PATCH).");

    public RouteValues Route => Request.RouteValues;

    public IRequestValues Query => Request.Query;

    /// <summary>Fires when the client goes away.</summary>
    public CancellationToken CancellationToken => Request.RequestAborted;

    /// <summary>Begins this request's unit of work on its tenant (takes the tenant's lock until disposed).</summary>
    public UnitOfWork<TTenant> BeginWork() => _store.BeginWork(Tenant, CancellationToken);
}
