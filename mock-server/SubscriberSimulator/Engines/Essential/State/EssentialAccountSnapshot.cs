using System.Text.Json;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.State;

/// <summary>
/// What the state file needs of an account, taken under its lock and written after. Subscribers,
/// executions, transports, campaigns, messages and seeded carriers are immutable records (a change
/// swaps in a new one), so copying the references is the whole copy; channels (with their tags and
/// welcome series) and workflows change in place and are few, so they are written out at once.
/// </summary>
internal sealed record EssentialAccountSnapshot(
    string Token,
    DateTime CreatedAt,
    Action<Utf8JsonWriter> Channels,
    Action<Utf8JsonWriter> Workflows,
    KeyValuePair<long, SeededCarrier>[] SeededCarriers,
    EssentialSubscriber[] Subscribers,
    WorkflowExecution[] Executions,
    EssentialTransport[] Transports,
    EssentialCampaign[] Campaigns,
    EssentialMessage[] Messages)
{
    /// <summary>Called under the account's lock.</summary>
    public static EssentialAccountSnapshot Take(EssentialAccount account)
    {
        var order = account.SubscriberOrder;
        var subscribers = new EssentialSubscriber[order.Count];
        for (var i = 0; i < subscribers.Length; i++)
        {
            subscribers[i] = account.SubscribersBySid[order[i]];
        }

        return new EssentialAccountSnapshot(
            account.Token,
            account.CreatedAt,
            StateJson.WrittenNow(account.ChannelsBySid.Values, static (writer, channels) => EssentialStateWriter.WriteArray(writer, channels, EssentialStateWriter.WriteChannel)),
            StateJson.WrittenNow(account.WorkflowsBySid.Values, static (writer, workflows) => EssentialStateWriter.WriteArray(writer, workflows, EssentialStateWriter.WriteWorkflow)),
            [.. account.SeededCarriers],
            subscribers,
            [.. account.Executions],
            [.. account.Transports],
            [.. account.Campaigns],
            [.. account.Messages]);
    }
}
