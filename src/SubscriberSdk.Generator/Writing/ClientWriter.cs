using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>Writes the root client: the entry point that registers serializers and sets the base URL.</summary>
internal static class ClientWriter
{
    public static string Write(ClientModel client)
    {
        var root = client.Root;
        var writer = new CodeWriter();
        FileHeader.Write(
            writer,
            root.Namespace,
            "Microsoft.Kiota.Abstractions",
            "Microsoft.Kiota.Abstractions.Extensions",
            "Microsoft.Kiota.Serialization.Json",
            "Microsoft.Kiota.Serialization.Text",
            "System",
            "System.Collections.Generic");
        DocComments.Summary(writer, null, $"The main entry point of the generated {DocComments.Escape(client.Title)} client: exposes the request builders for every path.");
        DocComments.Remarks(writer, root.Description);
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public partial class {root.ClassName} : BaseRequestBuilder");
        NavigationWriter.Write(writer, root);
        DocComments.Summary(writer, null, $"Instantiates a new <see cref=\"{root.FullName}\"/> and sets the default values.");
        DocComments.Param(writer, "requestAdapter", null, "The request adapter to use to execute the requests.");
        writer.Open($"public {root.ClassName}(IRequestAdapter requestAdapter) : base(requestAdapter, \"{{+baseurl}}\", new Dictionary<string, object>())");
        writer.Line("ApiClientBuilder.RegisterDefaultSerializer<JsonSerializationWriterFactory>();");
        writer.Line("ApiClientBuilder.RegisterDefaultSerializer<TextSerializationWriterFactory>();");
        writer.Line("ApiClientBuilder.RegisterDefaultDeserializer<JsonParseNodeFactory>();");
        writer.Line("ApiClientBuilder.RegisterDefaultDeserializer<TextParseNodeFactory>();");
        writer.Open("if (string.IsNullOrEmpty(RequestAdapter.BaseUrl))");
        writer.Line($"RequestAdapter.BaseUrl = {Literal.String(client.BaseUrl)};");
        writer.Close();
        writer.Line("PathParameters.TryAdd(\"baseurl\", RequestAdapter.BaseUrl);");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
