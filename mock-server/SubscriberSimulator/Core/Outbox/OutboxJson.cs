using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.State;

namespace SubscriberSimulator.Core.Outbox;

/// <summary>The JSON form of an outbox message, shared by GET /__sim/outbox and the state file.</summary>
internal static class OutboxJson
{
    /// <summary>Writes the message straight into the state file or a response, without building a tree.</summary>
    public static void Write(Utf8JsonWriter writer, OutboxMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("id", message.Id);
        writer.WriteString("provider", message.Provider);
        writer.WriteString("tenantId", message.TenantId);
        writer.WriteString("channel", message.Channel);
        writer.WriteString("to", message.To);
        writer.WriteString("kind", message.Kind);
        writer.WriteString("body", message.Body);
        writer.WriteString("createdAt", message.CreatedAt);
        writer.WriteStartObject("metadata");
        foreach (var pair in message.Metadata)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static JsonObject ToJson(OutboxMessage message) =>
        StateJson.ToNode(writer => Write(writer, message)).AsObject();

    public static OutboxMessage FromJson(JsonNode node)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node["metadata"] is JsonObject metadataObject)
        {
            foreach (var pair in metadataObject)
            {
                metadata[pair.Key] = pair.Value?.GetValue<string>() ?? string.Empty;
            }
        }

        return new OutboxMessage(
            Required(node, "id"),
            Required(node, "provider"),
            Required(node, "tenantId"),
            Required(node, "channel"),
            Required(node, "to"),
            Required(node, "kind"),
            node["body"]?.GetValue<string>() ?? string.Empty,
            node["createdAt"]?.GetValue<DateTimeOffset>() ?? DateTimeOffset.MinValue,
            metadata);
    }

    private static string Required(JsonNode node, string name) =>
        node[name]?.GetValue<string>() ?? throw new InvalidDataException($"Outbox message in the state file has no '{name}'.");
}
