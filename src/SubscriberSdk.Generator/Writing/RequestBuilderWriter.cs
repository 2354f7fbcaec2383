using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>Writes a request builder: navigation to child builders, constructors, and per operation a
/// <c>To&lt;Verb&gt;RequestInformation</c> plus <c>&lt;Verb&gt;Async</c> pair.</summary>
internal static class RequestBuilderWriter
{
    private static readonly string[] Usings =
    [
        "Microsoft.Kiota.Abstractions", "Microsoft.Kiota.Abstractions.Extensions", "Microsoft.Kiota.Abstractions.Serialization",
        "System", "System.Collections.Generic", "System.IO", "System.Threading", "System.Threading.Tasks",
    ];

    public static string Write(RequestBuilderNode node)
    {
        var writer = new CodeWriter();
        FileHeader.Write(writer, node.Namespace, Usings);
        DocComments.Summary(writer, null, $"Builds and executes requests for operations under <c>{DocComments.Escape(node.Path)}</c>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public partial class {node.ClassName} : BaseRequestBuilder");
        NavigationWriter.Write(writer, node);
        WriteConstructors(writer, node);
        foreach (var operation in node.Operations)
        {
            OperationWriter.WriteExecutor(writer, node, operation);
        }

        foreach (var operation in node.Operations)
        {
            OperationWriter.WriteRequestInformation(writer, node, operation);
        }

        WriteWithUrl(writer, node);
        foreach (var operation in node.Operations)
        {
            OperationWriter.WriteNestedTypes(writer, node, operation);
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteConstructors(CodeWriter writer, RequestBuilderNode node)
    {
        var template = Literal.String(node.UrlTemplate);
        DocComments.Summary(writer, null, $"Instantiates a new <see cref=\"{node.FullName}\"/> and sets the default values.");
        DocComments.Param(writer, "pathParameters", null, "Path parameters for the request");
        DocComments.Param(writer, "requestAdapter", null, "The request adapter to use to execute the requests.");
        writer.Line($"public {node.ClassName}(Dictionary<string, object> pathParameters, IRequestAdapter requestAdapter) : base(requestAdapter, {template}, pathParameters)").Open().Close();
        DocComments.Summary(writer, null, $"Instantiates a new <see cref=\"{node.FullName}\"/> and sets the default values.");
        DocComments.Param(writer, "rawUrl", null, "The raw URL to use for the request builder.");
        DocComments.Param(writer, "requestAdapter", null, "The request adapter to use to execute the requests.");
        writer.Line($"public {node.ClassName}(string rawUrl, IRequestAdapter requestAdapter) : base(requestAdapter, {template}, rawUrl)").Open().Close();
    }

    private static void WriteWithUrl(CodeWriter writer, RequestBuilderNode node)
    {
        DocComments.Summary(writer, null, "Returns a request builder with the provided arbitrary URL. Using this method means any other path or query parameters are ignored.");
        DocComments.Returns(writer, $"A <see cref=\"{node.FullName}\"/>");
        DocComments.Param(writer, "rawUrl", null, "The raw URL to use for the request builder.");
        writer.Open($"public {node.FullName} WithUrl(string rawUrl)");
        writer.Line($"return new {node.FullName}(rawUrl, RequestAdapter);");
        writer.Close();
    }
}
