using System.Text.Json.Nodes;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>Every JSON example in a document: component schemas, request bodies and responses.</summary>
internal static class SpecExamples
{
    public static IEnumerable<SpecExample> All(SpecReader spec)
    {
        foreach (var (name, schema) in spec.Root["components"]?["schemas"]?.AsObject() ?? [])
        {
            if (schema?["example"] is { } example)
            {
                yield return new SpecExample("#/components/schemas/" + name, new JsonObject { ["$ref"] = "#/components/schemas/" + name }, example);
            }
        }

        foreach (var (path, item) in spec.Root["paths"]!.AsObject())
        {
            foreach (var (verb, operation) in item!.AsObject())
            {
                if (operation is not JsonObject)
                {
                    continue;
                }

                if (spec.Resolve(operation["requestBody"])?["content"]?["application/json"] is JsonObject body && body["example"] is { } bodyExample && body["schema"] is { } bodySchema)
                {
                    yield return new SpecExample($"{verb} {path} request", bodySchema, bodyExample);
                }

                foreach (var (status, response) in operation["responses"]?.AsObject() ?? [])
                {
                    if (spec.Resolve(response)?["content"]?["application/json"] is JsonObject media && media["example"] is { } example && media["schema"] is { } schema)
                    {
                        yield return new SpecExample($"{verb} {path} {status}", schema, example);
                    }
                }
            }
        }
    }
}
