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
    /// <summary>
    /// Written out at once, under the lock: contacts change in place (their subscriptions and
    /// identifiers), so a copy of the references would not hold still. Still no tree, and the file is
    /// written after the lock is released.
    /// </summary>
    public Action<Utf8JsonWriter> Capture(AttentiveCompany tenant) => StateJson.WrittenNow(tenant, AttentiveStateWriter.WriteCompany);

    public AttentiveCompany Read(string tenantId, JsonElement state) => AttentiveStateReader.ReadCompany(tenantId, state);
}
