using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>Renders stored objects as <see cref="JsonObject"/>s, exactly as the API writes them, for the C# API and controls.</summary>
internal static class EssentialNodes
{
    public static JsonObject Subscriber(string accountSid, EssentialSubscriber subscriber) =>
        Render(writer => EssentialJson.WriteSubscriber(writer, accountSid, subscriber));

    public static List<JsonObject> Subscribers(EssentialAccount account, string? channelSid)
    {
        lock (account.Gate)
        {
            var order = channelSid is null ? account.SubscriberOrder : account.GetChannel(channelSid).SubscriberOrder;
            var result = new List<JsonObject>(order.Count);
            foreach (var sid in order)
            {
                result.Add(Subscriber(account.Sid, account.SubscribersBySid[sid]));
            }

            return result;
        }
    }

    public static List<JsonObject> Executions(EssentialAccount account)
    {
        lock (account.Gate)
        {
            var result = new List<JsonObject>(account.Executions.Count);
            foreach (var execution in account.Executions)
            {
                result.Add(Render(writer => EssentialJson.WriteExecution(writer, execution)));
            }

            return result;
        }
    }

    public static JsonObject Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, EssentialHttp.WriterOptions))
        {
            write(writer);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }
}
