using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal;

/// <summary>
/// Moves free-form JSON between Kiota's <c>AdditionalData</c> (primitives and <see cref="UntypedNode"/>s, or
/// <see cref="JsonElement"/>s for models read with System.Text.Json)
/// and the facade's <see cref="JsonElement"/> dictionaries, so no Kiota type reaches the public API and
/// no field the provider sent is dropped. Kiota has no public converter for this, hence the walk here.
/// </summary>
internal static class KiotaValues
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoJson = new Dictionary<string, JsonElement>();
    private static readonly IReadOnlyDictionary<string, string> NoStrings = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, int> NoIntegers = new Dictionary<string, int>();

    public static IReadOnlyDictionary<string, JsonElement> ToJson(IDictionary<string, object>? values)
    {
        if (values is null || values.Count == 0)
        {
            return NoJson;
        }

        var result = new Dictionary<string, JsonElement>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            result[key] = ToJsonElement(value);
        }

        return result;
    }

    public static IReadOnlyDictionary<string, string> ToStrings(IDictionary<string, object>? values)
    {
        if (values is null || values.Count == 0)
        {
            return NoStrings;
        }

        var result = new Dictionary<string, string>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var element = ToJsonElement(value);
            result[key] = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        }

        return result;
    }

    public static IReadOnlyDictionary<string, int> ToIntegers(IDictionary<string, object>? values)
    {
        if (values is null || values.Count == 0)
        {
            return NoIntegers;
        }

        var result = new Dictionary<string, int>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var element = ToJsonElement(value);
            if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number))
            {
                result[key] = number;
            }
        }

        return result;
    }

    /// <summary>Caller values (strings, numbers, booleans, null, JsonElement, nested dictionaries and lists) as Kiota additional data.</summary>
    public static Dictionary<string, object> FromCaller(IReadOnlyDictionary<string, object?> values) =>
        values.ToDictionary(pair => pair.Key, pair => pair.Value ?? (object)new UntypedNull(), StringComparer.Ordinal);

    public static JsonElement ToJsonElement(object? value)
    {
        // Values read with System.Text.Json (Internal/Json) already are elements that own their memory.
        if (value is JsonElement element)
        {
            return element;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null or UntypedNull:
                writer.WriteNullValue();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case UntypedObject obj:
                writer.WriteStartObject();
                foreach (var (name, node) in obj.GetValue())
                {
                    writer.WritePropertyName(name);
                    Write(writer, node);
                }

                writer.WriteEndObject();
                break;
            case UntypedArray array:
                writer.WriteStartArray();
                foreach (var node in array.GetValue())
                {
                    Write(writer, node);
                }

                writer.WriteEndArray();
                break;
            case UntypedString text:
                writer.WriteStringValue(text.GetValue());
                break;
            case UntypedBoolean flag:
                writer.WriteBooleanValue(flag.GetValue());
                break;
            case UntypedInteger number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedLong number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedDecimal number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedDouble number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedFloat number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or sbyte or ushort or uint or ulong or decimal or double or float:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment);
                break;
            case DateTime moment:
                writer.WriteStringValue(moment);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
