using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>Writes the members that lead from a builder to its children: properties, an indexer, With methods.</summary>
internal static class NavigationWriter
{
    public static void Write(CodeWriter writer, RequestBuilderNode node)
    {
        foreach (var child in node.Children.Values.Where(c => c.ItemParameter is null && c.WithParameter is null))
        {
            var propertyName = child.ClassName[..^"RequestBuilder".Length];
            DocComments.Summary(writer, null, $"The <c>{DocComments.Escape(child.Segment)}</c> path segment.");
            writer.Open($"public {child.FullName} {propertyName}");
            writer.Line($"get => new {child.FullName}(PathParameters, RequestAdapter);");
            writer.Close();
        }

        foreach (var child in node.Children.Values.Where(c => c.ItemParameter is not null))
        {
            var parameter = child.ItemParameter!;
            DocComments.Summary(writer, null, $"Gets an item from the <c>{DocComments.Escape(node.Path)}</c> collection by <c>{DocComments.Escape(parameter.WireName)}</c>.");
            DocComments.Param(writer, "position", parameter.Description, $"The <c>{DocComments.Escape(parameter.WireName)}</c> path parameter.");
            DocComments.Returns(writer, $"A <see cref=\"{child.FullName}\"/>");
            writer.Open($"public {child.FullName} this[{parameter.Type.Name} position]");
            writer.Open("get");
            writer.Line("var urlTplParams = new Dictionary<string, object>(PathParameters);");
            writer.Line($"urlTplParams.Add({Literal.String(parameter.TemplateName)}, position);");
            writer.Line($"return new {child.FullName}(urlTplParams, RequestAdapter);");
            writer.Close();
            writer.Close();
        }

        foreach (var child in node.Children.Values.Where(c => c.WithParameter is not null))
        {
            var parameter = child.WithParameter!;
            var argument = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
            DocComments.Summary(writer, null, $"Builds requests for <c>{DocComments.Escape(child.Path)}</c>.");
            DocComments.Param(writer, argument, parameter.Description, $"The <c>{DocComments.Escape(parameter.WireName)}</c> path parameter.");
            DocComments.Returns(writer, $"A <see cref=\"{child.FullName}\"/>");
            writer.Open($"public {child.FullName} {child.ClassName[..^"RequestBuilder".Length]}({parameter.Type.Name} {argument})");
            if (parameter.Type.Name == "string")
            {
                writer.Line($"if(string.IsNullOrEmpty({argument})) throw new ArgumentNullException(nameof({argument}));");
            }

            writer.Line("var urlTplParams = new Dictionary<string, object>(PathParameters);");
            writer.Line($"urlTplParams.Add({Literal.String(parameter.TemplateName)}, {argument});");
            writer.Line($"return new {child.FullName}(urlTplParams, RequestAdapter);");
            writer.Close();
        }
    }
}
