using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Hosting.Legacy;

namespace SubscriberSimulator.Engines;

/// <summary>
/// TRANSITIONAL (issue 13): an engine not yet ported to the kit, written against ASP.NET Core
/// endpoints: <see cref="MapEndpoints"/> under <see cref="ISimulatorEngine.PathPrefix"/>,
/// <see cref="MapControlEndpoints"/> under <c>/__sim/{Id}</c>, errors through
/// <see cref="WriteErrorAsync"/>. The host serves it like any engine (through
/// <see cref="ISimulatorEngine.HandleAsync"/>, one WireMock.Net mapping for its whole prefix, as it
/// declares no routes); <see cref="LegacyEngineBridge"/> runs its endpoints. Delete this file and
/// Hosting/Legacy when the last engine is ported.
/// </summary>
public interface IProviderEngine : ISimulatorEngine
{
    IReadOnlyList<ProviderRoute> ISimulatorEngine.Routes => [];

    /// <summary>Provider routes relative to the prefix, e.g. "/v2/account/channels/{channelSid}/subscribers/upsert".</summary>
    void MapEndpoints(IEndpointRouteBuilder providerRoutes);

    /// <summary>Simulator controls relative to "/__sim/{Id}", e.g. "/tenants".</summary>
    void MapControlEndpoints(IEndpointRouteBuilder controlRoutes);

    /// <summary>Writes the provider's own error body with the given status.</summary>
    Task WriteErrorAsync(HttpContext context, int status, string message, CancellationToken ct);

    ValueTask<ProviderResponse> ISimulatorEngine.HandleAsync(ProviderRequest request) => LegacyEngineBridge.HandleAsync(this, request);

    ValueTask<ProviderResponse> ISimulatorEngine.HandleControlAsync(ProviderRequest request) => LegacyEngineBridge.HandleControlAsync(this, request);

    ProviderResponse ISimulatorEngine.Error(int status, string message) => LegacyEngineBridge.Error(this, status, message);
}
