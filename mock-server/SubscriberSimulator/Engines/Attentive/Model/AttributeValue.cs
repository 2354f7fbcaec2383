using System.Text.Json;

namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// A scalar attribute value as it arrived: a string's text, a number's JSON text (kept exactly, so
/// 50.89 stays 50.89) or "true" / "false".
/// </summary>
internal readonly record struct AttributeValue(AttributeValueKind Kind, string Text)
{
    /// <summary>A string, number or boolean JSON value; null for anything else (arrays, objects, null).</summary>
    public static AttributeValue? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new AttributeValue(AttributeValueKind.String, element.GetString()!),
        JsonValueKind.Number => new AttributeValue(AttributeValueKind.Number, element.GetRawText()),
        JsonValueKind.True => new AttributeValue(AttributeValueKind.Boolean, "true"),
        JsonValueKind.False => new AttributeValue(AttributeValueKind.Boolean, "false"),
        _ => null,
    };

    /// <summary>Writes the value back as the JSON type it arrived as.</summary>
    public void WriteTo(Utf8JsonWriter writer, string name)
    {
        switch (Kind)
        {
            case AttributeValueKind.Number:
                writer.WritePropertyName(name);
                writer.WriteRawValue(Text, skipInputValidation: true);
                break;
            case AttributeValueKind.Boolean:
                writer.WriteBoolean(name, Text == "true");
                break;
            default:
                writer.WriteString(name, Text);
                break;
        }
    }
}
