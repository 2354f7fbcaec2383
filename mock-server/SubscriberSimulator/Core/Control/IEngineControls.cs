using System.Text.Json;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Core.Control;

/// <summary>
/// An engine's part of its /__sim/&lt;provider&gt; controls (Control/&lt;Provider&gt;Controls.cs). The kit
/// serves the shared routes with it: POST and GET /tenants, GET and DELETE /tenants/{tenant_id},
/// POST /tenants/{tenant_id}/fail-next-send and /send-failure.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public interface IEngineControls<TTenant>
    where TTenant : Tenants.Tenant
{
    /// <summary>POST /tenants: creates a tenant from the provider-shaped body (all or nothing) and answers 201 with its credentials.</summary>
    ProviderResponse CreateTenant(ControlCall<TTenant> call);

    /// <summary>One tenant's entry in GET /tenants; the kit holds the tenant's lock.</summary>
    void WriteSummary(Utf8JsonWriter writer, TTenant tenant);

    /// <summary>GET /tenants/{tenant_id}: the tenant's configuration; the kit holds the tenant's lock.</summary>
    void WriteDescription(Utf8JsonWriter writer, TTenant tenant);

    /// <summary>The engine's own controls: seeding, consent actions, inspection.</summary>
    void Map(ControlRoutes<TTenant> routes);
}
