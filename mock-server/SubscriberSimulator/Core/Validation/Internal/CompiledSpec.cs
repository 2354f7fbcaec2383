using System.Text.Json;

namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>One provider's OpenAPI document, compiled once into per-operation validators.</summary>
internal sealed class CompiledSpec
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private CompiledSpec(Dictionary<string, CompiledOperation> operations)
    {
        Operations = operations;
    }

    public IReadOnlyDictionary<string, CompiledOperation> Operations { get; }

    public static CompiledSpec Parse(string documentName, Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var compiler = new SchemaCompiler(root, documentName);
        var operations = new Dictionary<string, CompiledOperation>(StringComparer.Ordinal);
        if (!root.TryGetProperty("paths", out var paths))
        {
            throw new InvalidDataException($"{documentName}: the document has no 'paths'.");
        }

        foreach (var path in paths.EnumerateObject())
        {
            var pathItem = compiler.Resolve(path.Value);
            var shared = pathItem.TryGetProperty("parameters", out var sharedParameters) ? sharedParameters : default;
            foreach (var method in Methods)
            {
                if (!pathItem.TryGetProperty(method, out var operation))
                {
                    continue;
                }

                var operationId = operation.TryGetProperty("operationId", out var id) ? id.GetString() : null;
                if (string.IsNullOrEmpty(operationId))
                {
                    continue;
                }

                operations[operationId] = CompileOperation(compiler, operationId, operation, shared);
            }
        }

        return new CompiledSpec(operations);
    }

    private static CompiledOperation CompileOperation(SchemaCompiler compiler, string operationId, JsonElement operation, JsonElement sharedParameters)
    {
        SchemaNode? bodySchema = null;
        var bodyRequired = false;
        if (operation.TryGetProperty("requestBody", out var requestBody))
        {
            requestBody = compiler.Resolve(requestBody);
            bodyRequired = requestBody.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True;
            if (requestBody.TryGetProperty("content", out var content))
            {
                foreach (var media in content.EnumerateObject())
                {
                    if (RequestBodyJson(media.Name) && media.Value.TryGetProperty("schema", out var schema))
                    {
                        bodySchema = compiler.Compile(schema);
                        break;
                    }
                }
            }
        }

        // Operation-level parameters override path-level ones with the same name and location.
        var query = new Dictionary<string, QueryParameterRule>(StringComparer.Ordinal);
        AddQueryParameters(compiler, sharedParameters, query);
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            AddQueryParameters(compiler, parameters, query);
        }

        return new CompiledOperation(operationId, bodySchema, bodyRequired, query.Values.ToArray());
    }

    private static void AddQueryParameters(SchemaCompiler compiler, JsonElement parameters, Dictionary<string, QueryParameterRule> into)
    {
        if (parameters.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var raw in parameters.EnumerateArray())
        {
            var parameter = compiler.Resolve(raw);
            if (!parameter.TryGetProperty("in", out var location) || location.GetString() != "query")
            {
                continue;
            }

            var name = parameter.GetProperty("name").GetString() ?? string.Empty;
            var required = parameter.TryGetProperty("required", out var requiredElement) && requiredElement.ValueKind == JsonValueKind.True;
            var schema = parameter.TryGetProperty("schema", out var schemaElement) ? compiler.Compile(schemaElement) : new SchemaNode();
            var explode = !parameter.TryGetProperty("explode", out var explodeElement) || explodeElement.ValueKind != JsonValueKind.False;
            into[name] = new QueryParameterRule(name, required, schema, explode);
        }
    }

    private static bool RequestBodyJson(string mediaType) =>
        mediaType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("+json", StringComparison.OrdinalIgnoreCase)
        || mediaType == "*/*";
}
