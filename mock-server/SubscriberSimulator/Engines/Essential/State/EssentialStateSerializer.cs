using System.Text.Json;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.State;

/// <summary>
/// An account's part of the state file: token, configuration, subscribers (in creation order) and
/// workflow executions. The kit writes the envelope (SID, credential, send failure) around it.
/// </summary>
internal sealed class EssentialStateSerializer : IEngineState<EssentialAccount>
{
    public Action<Utf8JsonWriter> Capture(EssentialAccount tenant)
    {
        var snapshot = EssentialAccountSnapshot.Take(tenant);
        return writer => EssentialStateWriter.WriteAccount(writer, snapshot);
    }

    public EssentialAccount Read(string tenantId, JsonElement state) => EssentialStateReader.ReadAccount(tenantId, state);
}
