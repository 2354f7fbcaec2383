using System.Text.Json.Nodes;

namespace SubscriberSimulator.Core.Outbox;

/// <summary>The JSON form of an outbox message, shared by GET /__sim/outbox and the state file.</summary>
internal static class OutboxJson
{
    public static JsonObject ToJson(OutboxMessage message)
    {
        var metadata = new JsonObject();
        foreach (var pair in message.Metadata)
        {
            metadata[pair.Key] = pair.Value;
        }

        return new JsonObject
        {
            ["id"] = message.Id,
            ["provider"] = message.Provider,
            ["tenantId"] = message.TenantId,
            ["channel"] = message.Channel,
            ["to"] = message.To,
            ["kind"] = message.Kind,
            ["body"] = message.Body,
            ["createdAt"] = message.CreatedAt,
            ["metadata"] = metadata,
        };
    }

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
