using System.Text.Json.Nodes;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>Walks an OpenAPI document as plain JSON: operations, examples and $ref resolution.</summary>
internal sealed class SpecReader
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete"];

    public SpecReader(string path)
    {
        Path = path;
        Root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public JsonNode? Resolve(JsonNode? node)
    {
        for (var hops = 0; node is JsonObject obj && obj["$ref"] is JsonValue reference && hops < 32; hops++)
        {
            node = Pointer(reference.GetValue<string>());
        }

        return node;
    }

    public JsonNode? Pointer(string reference)
    {
        JsonNode? current = Root;
        foreach (var token in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current?[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return current;
    }

    /// <summary>The component schema name a $ref points at, or null for an inline schema.</summary>
    public static string? SchemaName(JsonNode? schema) =>
        schema is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? reference["#/components/schemas/".Length..]
            : null;

    public IEnumerable<SpecOperation> Operations()
    {
        foreach (var (path, item) in Root["paths"]!.AsObject())
        {
            var pathItem = item!.AsObject();
            foreach (var verb in Verbs)
            {
                if (pathItem[verb] is JsonObject operation)
                {
                    yield return ReadOperation(path, verb, pathItem, operation);
                }
            }
        }
    }

    private SpecOperation ReadOperation(string path, string verb, JsonObject pathItem, JsonObject operation)
    {
        var parameters = new List<JsonObject>();
        foreach (var parameter in (operation["parameters"]?.AsArray() ?? []).Concat(pathItem["parameters"]?.AsArray() ?? []))
        {
            var resolved = Resolve(parameter)!.AsObject();
            if (!parameters.Any(p => p["name"]?.GetValue<string>() == resolved["name"]?.GetValue<string>() && p["in"]?.GetValue<string>() == resolved["in"]?.GetValue<string>()))
            {
                parameters.Add(resolved);
            }
        }

        var body = Resolve(operation["requestBody"]);
        var bodyMedia = body?["content"]?["application/json"];
        var responses = (operation["responses"]?.AsObject() ?? []).Select(r => ReadResponse(r.Key, Resolve(r.Value))).ToList();
        var success = new[] { "200", "201", "202", "203", "204", "2XX" }.Select(s => responses.FirstOrDefault(r => r.Status == s)).FirstOrDefault(r => r is not null);
        var errors = responses.Where(r => r.Status.Length == 3 && r.Status[0] is '4' or '5' && char.IsDigit(r.Status[1])).ToList();
        return new SpecOperation(path, verb, operation["operationId"]!.GetValue<string>(), parameters, bodyMedia?["example"] ?? Resolve(bodyMedia?["schema"])?["example"], body is not null, success, errors);
    }

    private SpecResponse ReadResponse(string status, JsonNode? response)
    {
        var content = response?["content"]?.AsObject();
        var (mediaType, media) = content?.FirstOrDefault() ?? default;
        return new SpecResponse(status, mediaType, media?["schema"], media?["example"] ?? Resolve(media?["schema"])?["example"]);
    }
}
