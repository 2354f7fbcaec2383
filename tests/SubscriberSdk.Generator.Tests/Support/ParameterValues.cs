using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json.Nodes;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>Parameter values for spec-driven calls: the spec's example when there is one, else a value of the right type.</summary>
internal static class ParameterValues
{
    public static JsonNode SampleJson(SpecReader spec, JsonObject parameter)
    {
        if (parameter["example"] is { } example)
        {
            return example.DeepClone();
        }

        var schema = spec.Resolve(parameter["schema"]) as JsonObject;
        if (schema?["example"] is { } schemaExample)
        {
            return schemaExample.DeepClone();
        }

        return Synthesize(spec, schema);
    }

    /// <summary>Converts a JSON sample into the CLR type of a generated query-parameter property.</summary>
    public static object? ToClr(JsonNode node, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsArray)
        {
            var elementType = target.GetElementType()!;
            var items = node is JsonArray array ? array.ToList() : [node];
            var result = Array.CreateInstance(elementType, items.Count);
            for (var index = 0; index < items.Count; index++)
            {
                result.SetValue(ToClr(items[index]!, elementType), index);
            }

            return result;
        }

        if (target.IsEnum)
        {
            var wire = node.GetValue<string>();
            var field = target.GetFields(BindingFlags.Public | BindingFlags.Static).First(f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value == wire);
            return field.GetValue(null);
        }

        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString();
        return target == typeof(string) ? text
            : target == typeof(DateTimeOffset) ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : target == typeof(Microsoft.Kiota.Abstractions.Date) ? new Microsoft.Kiota.Abstractions.Date(DateTime.Parse(text, CultureInfo.InvariantCulture))
            : Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
    }

    /// <summary>How Kiota writes the value into the URL (booleans lower-case, enums by wire value).</summary>
    public static IEnumerable<string> WireValues(JsonNode node)
    {
        if (node is JsonArray array)
        {
            return array.SelectMany(item => WireValues(item!));
        }

        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString();
        return [text];
    }

    private static JsonNode Synthesize(SpecReader spec, JsonObject? schema)
    {
        if (schema?["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }

        return schema?["type"]?.GetValue<string>() switch
        {
            "integer" or "number" => JsonValue.Create(schema["minimum"]?.GetValue<double>() is { } minimum ? (long)Math.Max(minimum, 1) : 1),
            "boolean" => JsonValue.Create(true),
            "array" => new JsonArray(Synthesize(spec, spec.Resolve(schema["items"]) as JsonObject)),
            _ when schema?["format"]?.GetValue<string>() == "email" => JsonValue.Create("ann@example.com"),
            _ when schema?["format"]?.GetValue<string>() == "date-time" => JsonValue.Create("2024-01-02T03:04:05Z"),
            _ when schema?["format"]?.GetValue<string>() == "date" => JsonValue.Create("2024-01-02"),
            _ => JsonValue.Create("sample-1"),
        };
    }
}
