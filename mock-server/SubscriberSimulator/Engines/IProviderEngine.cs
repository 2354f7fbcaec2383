using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Engines;

/// <summary>
/// One simulated provider. The core mounts <see cref="MapEndpoints"/> under <see cref="PathPrefix"/>
/// and <see cref="MapControlEndpoints"/> under <c>/__sim/{Id}</c>, and routes every central error
/// (unknown route, wrong method, oversized or malformed body, unhandled exception) through
/// <see cref="WriteErrorAsync"/> so clients always see the provider's own error shape.
/// </summary>
public interface IProviderEngine : IStateParticipant
{
    /// <summary>"essential" | "mta" | "sequenzy" | "attentive".</summary>
    string Id { get; }

    /// <summary>"/essential" | "/mta" | "/sequenzy" | "/attentive".</summary>
    string PathPrefix { get; }

    /// <summary>Provider routes relative to the prefix, e.g. "/v2/account/channels/{channelSid}/subscribers/upsert".</summary>
    void MapEndpoints(IEndpointRouteBuilder providerRoutes);

    /// <summary>Simulator controls relative to "/__sim/{Id}", e.g. "/tenants".</summary>
    void MapControlEndpoints(IEndpointRouteBuilder controlRoutes);

    /// <summary>Writes the provider's own error body with the given status.</summary>
    Task WriteErrorAsync(HttpContext context, int status, string message, CancellationToken ct);

    /// <summary>Seeds the demo tenant for <c>--seed demo</c>; returns lines to print (credentials, base paths).</summary>
    IReadOnlyList<string> SeedDemo();
}
