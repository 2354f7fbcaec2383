using System.Text.Json;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.State;

/// <summary>
/// An account's part of the state file: groups, custom fields, seeded carrier answers, the
/// unsubscribe list and the subscribers (in creation order). The kit writes the envelope (tenant
/// id, API key, send failure) around it; the engine writes its id counters beside the tenants.
/// </summary>
internal sealed class MtaStateSerializer : IEngineState<MtaAccount>
{
    public Action<Utf8JsonWriter> Capture(MtaAccount tenant)
    {
        var snapshot = MtaAccountSnapshot.Take(tenant);
        return writer => MtaStateWriter.WriteAccount(writer, snapshot);
    }

    public MtaAccount Read(string tenantId, JsonElement state) => MtaStateReader.ReadAccount(tenantId, state);
}
