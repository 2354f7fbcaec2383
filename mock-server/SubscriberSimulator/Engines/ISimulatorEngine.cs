using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Engines;

/// <summary>
/// One simulated provider, as a host sees it. The host hands every request under
/// <see cref="PathPrefix"/> to <see cref="HandleAsync"/> and every request under /__sim/{Id} to
/// <see cref="HandleControlAsync"/>, and writes back the response; the engine decides everything
/// else (404, 405, 401, 429, ...) in the provider's own shape. Engines built on the kit derive
/// from <see cref="KitEngine"/>, which implements it with their <see cref="Core.EngineKit{TTenant}"/>.
/// </summary>
public interface ISimulatorEngine : IStateParticipant
{
    /// <summary>"essential" | "mta" | "sequenzy" | "attentive".</summary>
    string Id { get; }

    /// <summary>"/essential" | "/mta" | "/sequenzy" | "/attentive".</summary>
    string PathPrefix { get; }

    /// <summary>The provider routes, relative to <see cref="PathPrefix"/> (for hosts that register each one).</summary>
    IReadOnlyList<ProviderRoute> Routes { get; }

    /// <summary>Answers a provider request (its path starts with <see cref="PathPrefix"/>).</summary>
    ValueTask<ProviderResponse> HandleAsync(ProviderRequest request);

    /// <summary>Answers a control request (its path starts with /__sim/{Id}).</summary>
    ValueTask<ProviderResponse> HandleControlAsync(ProviderRequest request);

    /// <summary>The provider's error body, for failures the host meets outside the engine.</summary>
    ProviderResponse Error(int status, string message);

    /// <summary>Seeds the demo tenant for <c>--seed demo</c>; returns lines to print (credentials, base paths).</summary>
    IReadOnlyList<string> SeedDemo();
}
