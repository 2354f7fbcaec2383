using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>
/// How the controls and the state file write users, custom attribute names, custom events and bulk
/// jobs (not Attentive API shapes); the state reader reads the same shapes back. The caller holds
/// the company's lock.
/// </summary>
internal static class AttentiveUserDescription
{
    /// <summary>A user: id, identifiers, custom attributes and personal attributes (values as the JSON types they arrived as).</summary>
    public static void WriteUser(Utf8JsonWriter writer, AttentiveUser user, IEnumerable<AttentiveCustomEvent>? events = null)
    {
        writer.WriteStartObject();
        writer.WriteString("id", user.Id);
        writer.WriteStartArray("identifiers");
        foreach (var identifier in user.Identifiers)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", WireNames.Of(identifier.Kind));
            if (identifier.Kind == UserIdentifierKind.Custom)
            {
                writer.WriteString("name", identifier.Name);
            }

            writer.WriteString("value", identifier.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteValues(writer, "customAttributes", user.CustomAttributes);
        WriteValues(writer, "profile", user.Profile);
        if (events is not null)
        {
            writer.WriteStartArray("customEvents");
            foreach (var recorded in events)
            {
                WriteEvent(writer, recorded);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter writer, AttentiveCustomEvent recorded)
    {
        writer.WriteStartObject();
        writer.WriteString("userId", recorded.UserId);
        writer.WriteString("type", recorded.Type);
        if (recorded.ExternalEventId is { } externalId)
        {
            writer.WriteString("externalEventId", externalId);
        }

        writer.WriteString("occurredAt", recorded.OccurredAt);
        writer.WriteString("recordedAt", recorded.RecordedAt);
        writer.WriteBoolean("triggersJourneys", recorded.TriggersJourneys);
        if (recorded.PropertiesJson is { } properties)
        {
            writer.WritePropertyName("properties");
            writer.WriteRawValue(properties, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    /// <summary>A custom attribute name in the shape POST /tenants/{tenant_id}/custom-attributes takes, plus its type.</summary>
    public static void WriteCustomAttribute(Utf8JsonWriter writer, CustomAttributeDefinition definition)
    {
        writer.WriteStartObject();
        writer.WriteString("name", definition.Name);
        writer.WriteString("type", WireNames.Of(definition.Type));
        if (definition.AllowedValues is { } allowed)
        {
            writer.WriteStartArray("values");
            foreach (var value in allowed)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteBulkJob(Utf8JsonWriter writer, AttentiveBulkJob job)
    {
        writer.WriteStartObject();
        writer.WriteString("id", job.Id);
        writer.WriteString("submittedAt", job.SubmittedAt);
        writer.WriteNumber("totalRecords", job.TotalRecords);
        writer.WriteString("status", WireNames.Of(job.Status));
        writer.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, AttributeValue> values)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            value.WriteTo(writer, key);
        }

        writer.WriteEndObject();
    }
}
