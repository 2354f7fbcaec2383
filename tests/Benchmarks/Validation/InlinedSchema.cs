using System.Text.Json.Nodes;

namespace Benchmarks.Validation;

/// <summary>
/// One operation's request-body schema from an embedded OpenAPI document, with every
/// <c>#/components/schemas/...</c> reference replaced by the schema it names, so a JSON Schema library
/// gets a self-contained document (the provider documents have no recursive schemas).
/// </summary>
internal static class InlinedSchema
{
    public static string RequestBody(Stream openApiDocument, string operationId)
    {
        var document = JsonNode.Parse(openApiDocument)!.AsObject();
        var schemas = document["components"]!["schemas"]!.AsObject();
        foreach (var (_, item) in document["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                if (operation is JsonObject candidate && candidate["operationId"]?.GetValue<string>() == operationId)
                {
                    return Inline(candidate["requestBody"]!["content"]!["application/json"]!["schema"]!, schemas).ToJsonString();
                }
            }
        }

        throw new ArgumentException($"No operation '{operationId}' in the document.", nameof(operationId));
    }

    private static JsonNode Inline(JsonNode node, JsonObject schemas) => node switch
    {
        JsonObject reference when reference["$ref"]?.GetValue<string>() is { } target =>
            Inline(schemas[target["#/components/schemas/".Length..]] ?? throw new InvalidDataException($"Unresolved reference {target}."), schemas),
        JsonObject value => new JsonObject(value.Select(pair => KeyValuePair.Create(pair.Key, pair.Value is null ? null : Inline(pair.Value, schemas)))),
        JsonArray items => new JsonArray(items.Select(item => item is null ? null : Inline(item, schemas)).ToArray()),
        _ => node.DeepClone(),
    };
}
