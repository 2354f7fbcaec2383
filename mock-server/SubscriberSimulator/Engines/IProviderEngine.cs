using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;

namespace SubscriberSimulator.Engines;

/// <summary>
/// TRANSITIONAL (issue 13): an engine not yet ported to the kit. The ASP.NET Core host mounts
/// <see cref="MapEndpoints"/> under <see cref="ISimulatorEngine.PathPrefix"/> and
/// <see cref="MapControlEndpoints"/> under <c>/__sim/{Id}</c>, and routes central errors through
/// <see cref="WriteErrorAsync"/>. Delete this file, its implementations' HTTP code and the host's
/// branches marked TRANSITIONAL when the last engine is ported.
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

    ValueTask<ProviderResponse> ISimulatorEngine.HandleAsync(ProviderRequest request) =>
        throw new NotSupportedException($"Engine '{Id}' is served by ASP.NET Core routing until it is ported to the kit.");

    ValueTask<ProviderResponse> ISimulatorEngine.HandleControlAsync(ProviderRequest request) =>
        throw new NotSupportedException($"Engine '{Id}' is served by ASP.NET Core routing until it is ported to the kit.");

    ProviderResponse ISimulatorEngine.Error(int status, string message) =>
        throw new NotSupportedException($"Engine '{Id}' writes its errors with WriteErrorAsync until it is ported to the kit.");
}
