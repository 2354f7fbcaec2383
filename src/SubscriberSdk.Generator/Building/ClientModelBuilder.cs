using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Naming;

namespace SubscriberSdk.Generator.Building;

/// <summary>Builds the language-neutral code model (request-builder tree, models, enums) of one document.</summary>
internal static class ClientModelBuilder
{
    public static ClientModel Build(SpecDocument document, string rootNamespace, string className)
    {
        var root = new RequestBuilderNode
        {
            Segment = string.Empty,
            ClassName = className,
            Namespace = rootNamespace,
            Path = string.Empty,
            TemplateSegment = string.Empty,
            Description = document.Root.Get("info")?.GetString("description"),
        };
        var client = new ClientModel
        {
            ClassName = className,
            Namespace = rootNamespace,
            BaseUrl = ReadBaseUrl(document),
            Title = document.Root.Get("info")?.GetString("title") ?? className,
            Root = root,
        };

        var models = new ModelBuilder(document, client, rootNamespace + ".Models", ErrorSchemaScanner.Scan(document));
        models.BuildComponents();
        var operations = new OperationBuilder(document, models);
        foreach (var (path, pathItem) in document.Root.Get("paths")?.Members() ?? [])
        {
            var node = PathTreeBuilder.GetOrAdd(document, root, path, pathItem);
            foreach (var verb in HttpVerbs.All)
            {
                if (!pathItem.TryGet(verb, out var operationNode))
                {
                    continue;
                }

                var operation = operations.Build(node, pathItem, operationNode, verb);
                if (client.Operations.ContainsKey(operation.OperationId))
                {
                    throw new SpecException(document.DisplayName, operationNode.Pointer + "/operationId", "operationId", $"'{operation.OperationId}' is used by more than one operation");
                }

                client.Operations[operation.OperationId] = (path, verb);
                node.Operations.Add(operation);
            }
        }

        return client;
    }

    private static string ReadBaseUrl(SpecDocument document)
    {
        var servers = document.Root.Get("servers")?.Items().ToList() ?? [];
        if (servers.Count == 0 || servers[0].GetString("url") is not { } url)
        {
            throw new SpecException(document.DisplayName, "/servers", "servers", "the document needs one server entry with the provider's production URL");
        }

        return url.TrimEnd('/');
    }
}
