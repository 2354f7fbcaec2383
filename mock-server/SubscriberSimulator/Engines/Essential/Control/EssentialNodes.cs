using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Api;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Control;

/// <summary>Renders stored objects as <see cref="JsonObject"/>s, exactly as the API writes them, for the C# API.</summary>
internal static class EssentialNodes
{
    public static JsonObject Subscriber(string accountSid, EssentialSubscriber subscriber) =>
        Render((accountSid, subscriber), static (writer, state) => EssentialJson.WriteSubscriber(writer, state.accountSid, state.subscriber));

    /// <summary>Every subscriber of the account (or of one channel), oldest first.</summary>
    public static List<JsonObject> Subscribers(EssentialAccount account, string? channelSid)
    {
        lock (account.Gate)
        {
            return account.SubscriberOrderOf(channelSid).Select(sid => Subscriber(account.Sid, account.SubscribersBySid[sid])).ToList();
        }
    }

    public static List<JsonObject> Executions(EssentialAccount account)
    {
        lock (account.Gate)
        {
            return account.Executions.Select(execution => Render(execution, EssentialJson.WriteExecution)).ToList();
        }
    }

    public static List<JsonObject> Messages(EssentialAccount account)
    {
        lock (account.Gate)
        {
            return account.Messages.Select(message => Render((account, message), static (writer, state) =>
                EssentialMessageJson.WriteSearchResult(writer, state.account, state.message))).ToList();
        }
    }

    private static JsonObject Render<TState>(TState state, Action<Utf8JsonWriter, TState> write) =>
        JsonNode.Parse(JsonResponse.Bytes(state, write))!.AsObject();
}
