using System.Text.Json;

namespace SubscriberSimulator.Core.State;

/// <summary>
/// How an engine writes one tenant's data to the state file and reads it back
/// (State/&lt;Provider&gt;StateSerializer.cs). The kit writes the envelope around it (id, credentials,
/// send failure) and imports all or nothing.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public interface IEngineState<TTenant>
    where TTenant : Tenants.Tenant
{
    /// <summary>
    /// Called under the tenant's lock, which every request to the tenant waits for: takes only what
    /// the returned writer needs (copies of the tenant's collections; their records are immutable, so
    /// a copy of the references is enough) and returns. The writer runs after the lock is released
    /// and writes the tenant's own data as one JSON object.
    /// </summary>
    Action<Utf8JsonWriter> Capture(TTenant tenant);

    /// <summary>
    /// Builds a tenant from what <see cref="Capture"/>'s writer wrote. Throw on anything missing or
    /// inconsistent (KeyNotFoundException, InvalidOperationException, FormatException, ...): the
    /// kit reports it as an invalid state file and keeps the running state.
    /// </summary>
    TTenant Read(string tenantId, JsonElement state);
}
