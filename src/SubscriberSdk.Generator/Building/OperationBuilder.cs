using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Naming;

namespace SubscriberSdk.Generator.Building;

/// <summary>Builds one operation: parameters, request body, success payload and error mappings.</summary>
internal sealed class OperationBuilder
{
    private readonly SpecDocument _document;
    private readonly ModelBuilder _models;

    public OperationBuilder(SpecDocument document, ModelBuilder models)
    {
        _document = document;
        _models = models;
    }

    public OperationDefinition Build(RequestBuilderNode node, SpecNode pathItem, SpecNode operationNode, string verb)
    {
        var operationId = operationNode.GetString("operationId")
            ?? throw new SpecException(_document.DisplayName, operationNode.Pointer, "operationId", "every operation needs an operationId");
        var operation = new OperationDefinition
        {
            HttpMethod = verb.ToUpperInvariant(),
            OperationId = operationId,
            Summary = operationNode.GetString("summary"),
            Description = operationNode.GetString("description"),
            Deprecated = operationNode.GetBool("deprecated"),
        };
        var stem = node.ClassName[..^"RequestBuilder".Length] + operation.Verb;
        AddParameters(operation, pathItem, operationNode);
        if (operationNode.TryGet("requestBody", out var body))
        {
            operation.RequestBody = ReadBody(_document.Resolve(body), stem + "RequestBody", isError: false);
        }

        var responses = operationNode.Get("responses")?.Members().ToDictionary(r => r.Name, r => _document.Resolve(r.Node), StringComparer.OrdinalIgnoreCase)
            ?? [];
        foreach (var status in StatusCodes.SuccessWithBody)
        {
            if (responses.TryGetValue(status, out var response) && ReadBody(response, stem + "Response", isError: false) is { } payload)
            {
                operation.Response = payload;
                break;
            }
        }

        foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (StatusCodes.IsError(status) && ReadBody(response, stem + StatusCodes.ToMappingKey(status) + "Error", isError: true) is { Type: { Kind: TypeKind.Model, IsCollection: false } errorType })
            {
                operation.ErrorMappings.Add(new ErrorMapping(StatusCodes.ToMappingKey(status), errorType.Name));
            }
        }

        return operation;
    }

    private void AddParameters(OperationDefinition operation, SpecNode pathItem, SpecNode operationNode)
    {
        // Operation-level declarations override path-level ones with the same name and location.
        var declarations = new List<SpecNode>();
        declarations.AddRange((operationNode.Get("parameters")?.Items() ?? []).Select(_document.Resolve));
        foreach (var inherited in (pathItem.Get("parameters")?.Items() ?? []).Select(_document.Resolve))
        {
            if (!declarations.Any(d => d.GetString("name") == inherited.GetString("name") && d.GetString("in") == inherited.GetString("in")))
            {
                declarations.Add(inherited);
            }
        }

        var queryNames = new HashSet<string>(StringComparer.Ordinal);
        var headerNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            var location = declaration.GetString("in");
            var wireName = declaration.GetString("name") ?? string.Empty;
            switch (location)
            {
                case "path":
                    break;
                case "query":
                    operation.QueryParameters.Add(QueryParameter(declaration, wireName, queryNames));
                    break;
                case "header":
                    operation.HeaderParameters.Add(new ParameterDefinition(wireName, wireName, NameRules.MakeUnique(NameRules.ToPascalCase(wireName), headerNames), new TypeRef(TypeKind.Primitive, "string", false), declaration.GetBool("required"), declaration.GetString("description")));
                    break;
                default:
                    throw new SpecException(_document.DisplayName, declaration.Pointer + "/in", $"'{location}' parameter", "only path, query and header parameters are supported");
            }
        }
    }

    private ParameterDefinition QueryParameter(SpecNode declaration, string wireName, HashSet<string> names)
    {
        var schema = declaration.Get("schema") is { } s ? _document.Resolve(s) : default;
        var type = schema.IsObject ? _models.TypeFor(declaration.Get("schema")!.Value, NameRules.ToPascalCase(wireName) + "QueryParameterType") : new TypeRef(TypeKind.Primitive, "string", false);
        if (type.Kind is TypeKind.Model or TypeKind.Untyped)
        {
            throw new SpecException(_document.DisplayName, declaration.Pointer + "/schema", "object query parameter", "query parameters must be primitives, string enums or arrays of them");
        }

        var templateName = NameRules.ToTemplateName(wireName);
        var explode = type.IsCollection && !(declaration.TryGet("explode", out var explodeNode) && explodeNode.Element.ValueKind == System.Text.Json.JsonValueKind.False);
        var name = NameRules.MakeUnique(NameRules.ToPascalCase(wireName), names);
        return new ParameterDefinition(templateName, templateName + (explode ? "*" : string.Empty), name, type, declaration.GetBool("required"), declaration.GetString("description"));
    }

    private BodyDefinition? ReadBody(SpecNode owner, string contextName, bool isError)
    {
        var content = owner.Get("content");
        if (content?.Get("application/json") is { } json)
        {
            var type = json.Get("schema") is { } schema ? _models.TypeFor(schema, contextName, isError) : TypeRef.Untyped;
            return new BodyDefinition(type, "application/json");
        }

        if (content?.Get("text/plain") is not null)
        {
            return new BodyDefinition(new TypeRef(TypeKind.Primitive, "string", false), "text/plain");
        }

        return null;
    }
}
