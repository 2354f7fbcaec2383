using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>Writes an object model (IAdditionalDataHolder + IParsable), an error model (ApiException) or a map.</summary>
internal static class ModelWriter
{
    public static string Write(ModelDefinition model)
    {
        var writer = new CodeWriter();
        FileHeader.Write(writer, model.Namespace, "Microsoft.Kiota.Abstractions", "Microsoft.Kiota.Abstractions.Extensions", "Microsoft.Kiota.Abstractions.Serialization", "System", "System.Collections.Generic");
        var isDerived = model.BaseTypeName is not null;
        DocComments.Summary(writer, model.Description, model.IsMap ? $"A map of names to values; the entries are held in <see cref=\"AdditionalData\"/>." : $"The {model.Name} model.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        var bases = isDerived ? $"{model.BaseTypeName}, IParsable" : model.IsError ? "ApiException, IAdditionalDataHolder, IParsable" : "IAdditionalDataHolder, IParsable";
        writer.Open($"public partial class {model.Name} : {bases}");
        if (!isDerived)
        {
            DocComments.Summary(writer, null, "Stores additional data not described in the OpenAPI description found when deserializing. Can be used for serialization as well.");
            writer.Line("public IDictionary<string, object> AdditionalData { get; set; }");
        }

        foreach (var property in model.Properties)
        {
            DocComments.Summary(writer, property.Description, $"The <c>{DocComments.Escape(property.JsonName)}</c> property.");
            writer.Line($"public {TypeSyntax.Declaration(property.Type)} {property.Name} {{ get; set; }}");
        }

        if (model.PrimaryErrorMessageProperty is { } primary)
        {
            DocComments.Summary(writer, null, "The primary error message.");
            var expression = model.Properties.First(p => p.Name == primary).Type is { Name: "string", IsCollection: false } ? primary : $"{primary}?.ToString()";
            writer.Line($"public override string Message {{ get => {expression} ?? string.Empty; }}");
        }

        DocComments.Summary(writer, null, $"Instantiates a new <see cref=\"{model.FullName}\"/> and sets the default values.");
        if (isDerived)
        {
            writer.Line($"public {model.Name}() : base()").Open().Close();
        }
        else
        {
            writer.Open($"public {model.Name}()");
            writer.Line("AdditionalData = new Dictionary<string, object>();");
            writer.Close();
        }

        WriteFactory(writer, model, isDerived);
        WriteDeserializers(writer, model, isDerived);
        WriteSerialize(writer, model, isDerived);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteFactory(CodeWriter writer, ModelDefinition model, bool isDerived)
    {
        DocComments.Summary(writer, null, "Creates a new instance of the appropriate class based on discriminator value");
        DocComments.Returns(writer, $"A <see cref=\"{model.FullName}\"/>");
        DocComments.Param(writer, "parseNode", null, "The parse node to use to read the discriminator value and create the object");
        writer.Open($"public static {(isDerived ? "new " : string.Empty)}{model.FullName} CreateFromDiscriminatorValue(IParseNode parseNode)");
        writer.Line("if(ReferenceEquals(parseNode, null)) throw new ArgumentNullException(nameof(parseNode));");
        if (model.DiscriminatorProperty is { } discriminator && model.DiscriminatorMappings.Count > 0)
        {
            writer.Line($"var mappingValue = parseNode.GetChildNode({Literal.String(discriminator)})?.GetStringValue();");
            writer.Line("return mappingValue switch");
            writer.Open();
            foreach (var mapping in model.DiscriminatorMappings)
            {
                writer.Line($"{Literal.String(mapping.Value)} => new {mapping.TypeName}(),");
            }

            writer.Line($"_ => new {model.FullName}(),");
            writer.Close("};");
        }
        else
        {
            writer.Line($"return new {model.FullName}();");
        }

        writer.Close();
    }

    private static void WriteDeserializers(CodeWriter writer, ModelDefinition model, bool isDerived)
    {
        DocComments.Summary(writer, null, "The deserialization information for the current model");
        DocComments.Returns(writer, "A IDictionary&lt;string, Action&lt;IParseNode&gt;&gt;");
        writer.Open($"public {(isDerived ? "override" : "virtual")} IDictionary<string, Action<IParseNode>> GetFieldDeserializers()");
        writer.Line(isDerived ? "return new Dictionary<string, Action<IParseNode>>(base.GetFieldDeserializers())" : "return new Dictionary<string, Action<IParseNode>>");
        writer.Open();
        foreach (var property in model.Properties)
        {
            writer.Line($"{{ {Literal.String(property.JsonName)}, n => {{ {property.Name} = {TypeSyntax.Read(property.Type, "n")}; }} }},");
        }

        writer.Close("};");
        writer.Close();
    }

    private static void WriteSerialize(CodeWriter writer, ModelDefinition model, bool isDerived)
    {
        DocComments.Summary(writer, null, "Serializes information the current object");
        DocComments.Param(writer, "writer", null, "Serialization writer to use to serialize this model");
        writer.Open($"public {(isDerived ? "override" : "virtual")} void Serialize(ISerializationWriter writer)");
        writer.Line("if(ReferenceEquals(writer, null)) throw new ArgumentNullException(nameof(writer));");
        if (isDerived)
        {
            writer.Line("base.Serialize(writer);");
        }

        foreach (var property in model.Properties)
        {
            writer.Line(TypeSyntax.Write(property.Type, Literal.String(property.JsonName), property.Name));
        }

        if (!isDerived)
        {
            writer.Line("writer.WriteAdditionalData(AdditionalData);");
        }

        writer.Close();
    }
}
