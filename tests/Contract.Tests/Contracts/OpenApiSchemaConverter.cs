using System.Text.Json.Nodes;

namespace Contract.Tests.Contracts;

/// <summary>
/// Turns an OpenAPI 3.0 schema into the JSON Schema NJsonSchema validates: component refs point
/// at <c>definitions</c>, and <c>nullable: true</c> (an OpenAPI-only keyword NJsonSchema would
/// ignore in JSON Schema mode) becomes an explicit null alternative.
/// </summary>
internal static class OpenApiSchemaConverter
{
    private const string ComponentPrefix = "#/components/schemas/";

    public static JsonNode? Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(Convert).ToArray());
            case JsonObject obj:
                return ConvertObject(obj);
            default:
                return node?.DeepClone();
        }
    }

    private static JsonObject ConvertObject(JsonObject source)
    {
        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (key == "$ref" && value is JsonValue reference && reference.GetValue<string>() is { } target)
            {
                result[key] = target.StartsWith(ComponentPrefix, StringComparison.Ordinal)
                    ? "#/definitions/" + target[ComponentPrefix.Length..]
                    : target;
            }
            else if (key is "nullable" or "example" or "examples" or "discriminator" or "xml" or "externalDocs")
            {
                continue;
            }
            else
            {
                result[key] = Convert(value);
            }
        }

        var nullable = source["nullable"] is JsonValue flag && flag.TryGetValue<bool>(out var isNullable) && isNullable;
        return nullable ? AllowNull(result) : result;
    }

    private static JsonObject AllowNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.TryGetValue<string>(out var typeName) && !schema.ContainsKey("$ref"))
        {
            schema["type"] = new JsonArray(typeName, "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
    }
}
