using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>Writes the members of one operation on its request builder.</summary>
internal static class OperationWriter
{
    public static void WriteExecutor(CodeWriter writer, RequestBuilderNode node, OperationDefinition operation)
    {
        var response = operation.Response;
        var returnType = response is null ? "Task" : $"Task<{ResultType(response.Type)}>";
        WriteOperationDocs(writer, operation);
        DocComments.Returns(writer, response is null ? "A <see cref=\"Task\"/> that completes when the request has been sent and the response checked." : ReturnsText(response.Type));
        WriteParameterDocs(writer, operation, includeCancellation: true);
        foreach (var mapping in operation.ErrorMappings)
        {
            writer.Line($"/// <exception cref=\"{mapping.TypeName}\">When receiving a {mapping.StatusKey} status code</exception>");
        }

        WriteObsolete(writer, operation);
        writer.Open($"public async {returnType} {operation.Verb}Async({Parameters(node, operation, includeCancellation: true)})");
        WriteBodyGuard(writer, operation);
        writer.Line($"var requestInfo = To{operation.Verb}RequestInformation({(operation.RequestBody is null ? string.Empty : "body, ")}requestConfiguration);");
        var errorMapping = "default";
        if (operation.ErrorMappings.Count > 0)
        {
            errorMapping = "errorMapping";
            writer.Line("var errorMapping = new Dictionary<string, ParsableFactory<IParsable>>");
            writer.Open();
            foreach (var mapping in operation.ErrorMappings)
            {
                writer.Line($"{{ {Literal.String(mapping.StatusKey)}, {mapping.TypeName}.CreateFromDiscriminatorValue }},");
            }

            writer.Close("};");
        }

        WriteSend(writer, response?.Type, errorMapping);
        writer.Close();
    }

    public static void WriteRequestInformation(CodeWriter writer, RequestBuilderNode node, OperationDefinition operation)
    {
        WriteOperationDocs(writer, operation);
        DocComments.Returns(writer, "A <see cref=\"RequestInformation\"/>");
        WriteParameterDocs(writer, operation, includeCancellation: false);
        WriteObsolete(writer, operation);
        writer.Open($"public RequestInformation To{operation.Verb}RequestInformation({Parameters(node, operation, includeCancellation: false)})");
        WriteBodyGuard(writer, operation);
        writer.Line($"var requestInfo = new RequestInformation(Method.{operation.HttpMethod}, UrlTemplate, PathParameters);");
        writer.Line("requestInfo.Configure(requestConfiguration);");
        if (operation.Response is { } response)
        {
            writer.Line($"requestInfo.Headers.TryAdd(\"Accept\", {Literal.String(response.ContentType)});");
        }

        if (operation.RequestBody is { } body)
        {
            writer.Line(SetContent(body));
        }

        writer.Line("return requestInfo;");
        writer.Close();
    }

    public static void WriteNestedTypes(CodeWriter writer, RequestBuilderNode node, OperationDefinition operation)
    {
        if (operation.QueryParameters.Count > 0)
        {
            DocComments.Summary(writer, null, $"The query parameters of <c>{DocComments.Escape(operation.OperationId)}</c>.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            writer.Open($"public partial class {QueryParametersClass(node, operation)}");
            foreach (var parameter in operation.QueryParameters)
            {
                DocComments.Summary(writer, parameter.Description, $"The <c>{DocComments.Escape(parameter.WireName)}</c> query parameter.");
                writer.Line($"[QueryParameter({Literal.String(parameter.WireName)})]");
                var type = parameter.Type.IsCollection ? $"{parameter.Type.Name}[]?" : parameter.Type.Name + "?";
                writer.Line($"public {type} {parameter.Name} {{ get; set; }}");
            }

            writer.Close();
        }

        if (operation.HeaderParameters.Count > 0)
        {
            DocComments.Summary(writer, null, $"The request headers <c>{DocComments.Escape(operation.OperationId)}</c> documents; set them through the request configuration's Headers.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            writer.Open($"public static class {node.ClassName}{operation.Verb}HeaderNames");
            foreach (var header in operation.HeaderParameters)
            {
                DocComments.Summary(writer, header.Description, $"The <c>{DocComments.Escape(header.WireName)}</c> header{(header.Required ? " (required)" : string.Empty)}.");
                writer.Line($"public const string {header.Name} = {Literal.String(header.WireName)};");
            }

            writer.Close();
        }
    }

    private static string QueryParametersClass(RequestBuilderNode node, OperationDefinition operation) => $"{node.ClassName}{operation.Verb}QueryParameters";

    private static string Parameters(RequestBuilderNode node, OperationDefinition operation, bool includeCancellation)
    {
        var queryType = operation.QueryParameters.Count > 0 ? $"{node.FullName}.{QueryParametersClass(node, operation)}" : "DefaultQueryParameters";
        var parameters = new List<string>();
        if (operation.RequestBody is { } body)
        {
            parameters.Add($"{BodyType(body.Type)} body");
        }

        parameters.Add($"Action<RequestConfiguration<{queryType}>>? requestConfiguration = default");
        if (includeCancellation)
        {
            parameters.Add("CancellationToken cancellationToken = default");
        }

        return string.Join(", ", parameters);
    }

    private static void WriteOperationDocs(CodeWriter writer, OperationDefinition operation)
    {
        DocComments.Summary(writer, operation.Summary, $"Sends the <c>{DocComments.Escape(operation.OperationId)}</c> request.");
        DocComments.Remarks(writer, operation.Description);
    }

    private static void WriteParameterDocs(CodeWriter writer, OperationDefinition operation, bool includeCancellation)
    {
        if (operation.RequestBody is not null)
        {
            DocComments.Param(writer, "body", null, "The request body");
        }

        if (includeCancellation)
        {
            DocComments.Param(writer, "cancellationToken", null, "Cancellation token to use when cancelling requests");
        }

        DocComments.Param(writer, "requestConfiguration", null, "Configuration for the request such as headers, query parameters, and middleware options.");
    }

    private static void WriteObsolete(CodeWriter writer, OperationDefinition operation)
    {
        if (operation.Deprecated)
        {
            writer.Line("[Obsolete(\"This operation is deprecated in the OpenAPI description.\")]");
        }
    }

    private static void WriteBodyGuard(CodeWriter writer, OperationDefinition operation)
    {
        if (operation.RequestBody is not null)
        {
            writer.Line("if(ReferenceEquals(body, null)) throw new ArgumentNullException(nameof(body));");
        }
    }

    private static void WriteSend(CodeWriter writer, TypeRef? type, string errorMapping)
    {
        if (type is null)
        {
            writer.Line($"await RequestAdapter.SendNoContentAsync(requestInfo, {errorMapping}, cancellationToken).ConfigureAwait(false);");
            return;
        }

        switch (type.Kind)
        {
            case TypeKind.Model or TypeKind.Untyped when type.IsCollection:
                writer.Line($"var collectionResult = await RequestAdapter.SendCollectionAsync<{type.Name}>(requestInfo, {type.Name}.CreateFromDiscriminatorValue, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                writer.Line("return collectionResult?.AsList();");
                break;
            case TypeKind.Model or TypeKind.Untyped:
                writer.Line($"return await RequestAdapter.SendAsync<{type.Name}>(requestInfo, {type.Name}.CreateFromDiscriminatorValue, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                break;
            case TypeKind.Primitive when type.IsCollection:
                writer.Line($"var collectionResult = await RequestAdapter.SendPrimitiveCollectionAsync<{TypeSyntax.Element(type)}>(requestInfo, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                writer.Line("return collectionResult?.AsList();");
                break;
            default:
                writer.Line($"return await RequestAdapter.SendPrimitiveAsync<{PrimitiveResult(type)}>(requestInfo, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                break;
        }
    }

    private static string SetContent(BodyDefinition body)
    {
        var contentType = Literal.String(body.ContentType);
        var type = body.Type;
        return type.Kind switch
        {
            TypeKind.Model or TypeKind.Untyped => $"requestInfo.SetContentFromParsable(RequestAdapter, {contentType}, body);",
            TypeKind.Enum when type.IsCollection => $"requestInfo.SetContentFromEnumCollection(RequestAdapter, {contentType}, body);",
            TypeKind.Enum => $"requestInfo.SetContentFromEnum(RequestAdapter, {contentType}, body);",
            _ when type.IsCollection => $"requestInfo.SetContentFromScalarCollection(RequestAdapter, {contentType}, body);",
            _ => $"requestInfo.SetContentFromScalar(RequestAdapter, {contentType}, body);",
        };
    }

    private static string BodyType(TypeRef type) => type.IsCollection ? $"List<{TypeSyntax.Element(type)}>" : type.IsValueType ? type.Name + "?" : type.Name;

    /// <summary>Enum payloads are returned as their wire string; Kiota's primitive reader has no enum overload.</summary>
    private static string PrimitiveResult(TypeRef type) => type.Kind == TypeKind.Enum ? "string" : TypeSyntax.Element(type);

    private static string ResultType(TypeRef type) => type.Kind switch
    {
        _ when type.IsCollection => $"List<{TypeSyntax.Element(type)}>?",
        TypeKind.Enum => "string?",
        _ => type.Name + "?",
    };

    private static string ReturnsText(TypeRef type) => type switch
    {
        { IsCollection: true } => $"A List&lt;{TypeSyntax.Element(type)}&gt;",
        { Kind: TypeKind.Enum } => "The wire value of the enum",
        { Kind: TypeKind.Primitive } => $"A <c>{type.Name}</c>",
        _ => $"A <see cref=\"{type.Name}\"/>",
    };
}
