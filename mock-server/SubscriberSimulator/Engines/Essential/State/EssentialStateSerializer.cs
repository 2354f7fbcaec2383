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
    public void Write(Utf8JsonWriter writer, EssentialAccount tenant) => EssentialStateWriter.WriteAccount(writer, tenant);

    public EssentialAccount Read(string tenantId, JsonElement state) => EssentialStateReader.ReadAccount(tenantId, state);
}
