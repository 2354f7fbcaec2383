using System.Text.RegularExpressions;
using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Naming;

namespace SubscriberSdk.Generator.Building;

/// <summary>Places a path in the request-builder tree, one node per segment, as Kiota does.</summary>
internal static partial class PathTreeBuilder
{
    public static RequestBuilderNode GetOrAdd(SpecDocument document, RequestBuilderNode root, string path, SpecNode pathItem)
    {
        var node = root;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var parameters = ParameterPattern().Matches(segment).Select(m => m.Groups[1].Value).ToList();
            var key = parameters.Count == 1 && segment == "{" + parameters[0] + "}" ? "{item}" : segment;
            if (node.Children.TryGetValue(key, out var existing))
            {
                if (key == "{item}" && existing.ItemParameter!.WireName != parameters[0])
                {
                    throw new SpecException(document.DisplayName, "/paths/" + SpecNode.Escape(path), "path parameter", $"'{{{parameters[0]}}}' sits where another path uses '{{{existing.ItemParameter.WireName}}}'; use one name per position");
                }

                node = existing;
                continue;
            }

            node.Children[key] = node = CreateChild(document, node, segment, parameters, path, pathItem);
        }

        return node;
    }

    private static RequestBuilderNode CreateChild(SpecDocument document, RequestBuilderNode parent, string segment, List<string> parameters, string path, SpecNode pathItem)
    {
        var templateSegment = ParameterPattern().Replace(segment, m => "{" + NameRules.ToTemplateName(m.Groups[1].Value) + "}");
        var childPath = parent.Path + "/" + segment;
        RequestBuilderNode child;
        if (parameters.Count == 0)
        {
            var pascal = NameRules.ToPascalCase(segment);
            child = new RequestBuilderNode
            {
                Segment = segment,
                ClassName = pascal + "RequestBuilder",
                Namespace = parent.Namespace + "." + pascal,
                Path = childPath,
                TemplateSegment = templateSegment,
            };
        }
        else if (parameters.Count == 1 && segment == "{" + parameters[0] + "}")
        {
            var stem = parent.Segment.Length == 0 ? "Root" : NameRules.ToPascalCase(parent.Segment.Trim('{', '}'));
            child = new RequestBuilderNode
            {
                Segment = segment,
                ClassName = stem + "ItemRequestBuilder",
                Namespace = parent.Namespace + ".Item",
                Path = childPath,
                TemplateSegment = templateSegment,
                ItemParameter = PathParameter(document, parameters[0], path, pathItem),
            };
        }
        else if (parameters.Count == 1)
        {
            var literal = NameRules.ToPascalCase(ParameterPattern().Replace(segment, string.Empty));
            var parameter = PathParameter(document, parameters[0], path, pathItem);
            child = new RequestBuilderNode
            {
                Segment = segment,
                ClassName = literal + "With" + parameter.Name + "RequestBuilder",
                Namespace = parent.Namespace + "." + literal + "With" + parameter.Name,
                Path = childPath,
                TemplateSegment = templateSegment,
                WithParameter = parameter,
            };
        }
        else
        {
            throw new SpecException(document.DisplayName, "/paths/" + SpecNode.Escape(path), "path segment", $"segment '{segment}' holds more than one parameter");
        }

        child.TemplatePath = parent.TemplatePath + "/" + templateSegment;
        return child;
    }

    private static ParameterDefinition PathParameter(SpecDocument document, string name, string path, SpecNode pathItem)
    {
        var declarations = (pathItem.Get("parameters")?.Items() ?? []).ToList();
        foreach (var verb in HttpVerbs.All)
        {
            declarations.AddRange(pathItem.Get(verb)?.Get("parameters")?.Items() ?? []);
        }

        foreach (var declaration in declarations.Select(document.Resolve))
        {
            if (declaration.GetString("in") == "path" && declaration.GetString("name") == name)
            {
                var schema = declaration.Get("schema") is { } s ? document.Resolve(s) : default;
                var type = schema.IsObject && schema.GetString("type") == "integer" ? (schema.GetString("format") == "int64" ? "long" : "int") : "string";
                return new ParameterDefinition(name, NameRules.ToTemplateName(name), NameRules.ToPascalCase(name), new TypeRef(TypeKind.Primitive, type, false), true, declaration.GetString("description"));
            }
        }

        throw new SpecException(document.DisplayName, "/paths/" + SpecNode.Escape(path), "path parameter", $"'{{{name}}}' is not declared as an 'in: path' parameter");
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex ParameterPattern();
}
