using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Core;

/// <summary>
/// An <see cref="EngineKit{TTenant}"/> whatever its tenant type: everything
/// <see cref="Engines.KitEngine"/> needs to serve the host (the members mean what they mean on
/// <see cref="Engines.ISimulatorEngine"/>).
/// </summary>
public interface IEngineKit : IStateParticipant
{
    string Id { get; }

    string PathPrefix { get; }

    IReadOnlyList<ProviderRoute> Routes { get; }

    ValueTask<ProviderResponse> HandleAsync(ProviderRequest request);

    ValueTask<ProviderResponse> HandleControlAsync(ProviderRequest request);

    ProviderResponse Error(int status, string message);

    /// <summary>
    /// Writes the kit's properties of the section ("version", "tenants") into the object the caller
    /// opened, so an engine can add its own beside them (<see cref="Engines.KitEngine"/>).
    /// </summary>
    void WriteTenants(System.Text.Json.Utf8JsonWriter writer);
}
