using System.Text.Json;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.State;

/// <summary>
/// A company's part of the state file: its /v1/me details, token grants, sign-up units and
/// contacts. The kit writes the envelope (id, credentials, send failure) around it.
/// </summary>
internal sealed class AttentiveStateSerializer : IEngineState<AttentiveCompany>
{
    public void Write(Utf8JsonWriter writer, AttentiveCompany tenant) => AttentiveStateWriter.WriteCompany(writer, tenant);

    public AttentiveCompany Read(string tenantId, JsonElement state) => AttentiveStateReader.ReadCompany(tenantId, state);
}
