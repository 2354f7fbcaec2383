using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>Lookups in the generator's request-builder tree.</summary>
internal static class CodeModelQueries
{
    public static OperationDefinition FindOperation(this RequestBuilderNode root, string operationId) =>
        root.AllNodes().SelectMany(n => n.Operations).Single(o => o.OperationId == operationId);

    public static RequestBuilderNode FindNode(this RequestBuilderNode root, string path) =>
        root.AllNodes().Single(n => n.Path == path);

    public static IEnumerable<RequestBuilderNode> AllNodes(this RequestBuilderNode node) =>
        new[] { node }.Concat(node.Children.Values.SelectMany(AllNodes));
}
