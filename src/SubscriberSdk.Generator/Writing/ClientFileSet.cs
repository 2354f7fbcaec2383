using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>Renders a whole client model to files, with folders mirroring namespaces below the root namespace.</summary>
internal static class ClientFileSet
{
    public static IReadOnlyList<GeneratedFile> Render(ClientModel client)
    {
        var files = new List<GeneratedFile>
        {
            new(client.ClassName + ".cs", ClientWriter.Write(client)),
        };
        AddBuilders(client, client.Root, files);
        files.AddRange(client.Models.Select(m => new GeneratedFile(PathFor(client, m.Namespace, m.Name), m.Kind == ModelKind.OneOfWrapper ? ComposedTypeWriter.Write(m) : ModelWriter.Write(m))));
        files.AddRange(client.Enums.Select(e => new GeneratedFile(PathFor(client, e.Namespace, e.Name), EnumWriter.Write(e))));

        var duplicates = files.GroupBy(f => f.RelativePath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException($"Two generated types map to the same file: {string.Join(", ", duplicates)}.");
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static void AddBuilders(ClientModel client, RequestBuilderNode node, List<GeneratedFile> files)
    {
        foreach (var child in node.Children.Values)
        {
            files.Add(new GeneratedFile(PathFor(client, child.Namespace, child.ClassName), RequestBuilderWriter.Write(child)));
            AddBuilders(client, child, files);
        }
    }

    private static string PathFor(ClientModel client, string @namespace, string typeName)
    {
        var relative = @namespace.Length > client.Namespace.Length ? @namespace[(client.Namespace.Length + 1)..].Replace('.', '/') + "/" : string.Empty;
        return relative + typeName + ".cs";
    }
}
