using SubscriberSdk.Generator.CodeModel;

namespace SubscriberSdk.Generator.Writing;

/// <summary>
/// Writes a oneOf wrapper (IComposedTypeWrapper): one property per branch, exactly one set after
/// parsing. The branch is chosen by the discriminator when the schema has one; otherwise by the
/// branch's required properties being present (most specific first), then by primitive kind.
/// </summary>
internal static class ComposedTypeWriter
{
    public static string Write(ModelDefinition model)
    {
        var writer = new CodeWriter();
        FileHeader.Write(writer, model.Namespace, "Microsoft.Kiota.Abstractions", "Microsoft.Kiota.Abstractions.Extensions", "Microsoft.Kiota.Abstractions.Serialization", "System", "System.Collections.Generic");
        DocComments.Summary(writer, model.Description, $"Composed type wrapper for classes {string.Join(", ", model.Members.Select(m => DocComments.Cref(m.Type.Name)))}");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public partial class {model.Name} : IComposedTypeWrapper, IParsable");
        foreach (var member in model.Members)
        {
            DocComments.Summary(writer, null, $"Composed type representation for type {DocComments.Cref(member.Type.Name)}");
            writer.Line($"public {TypeSyntax.Declaration(member.Type)} {member.PropertyName} {{ get; set; }}");
        }

        WriteFactory(writer, model);
        WriteDeserializers(writer, model);
        WriteSerialize(writer, model);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteFactory(CodeWriter writer, ModelDefinition model)
    {
        DocComments.Summary(writer, null, "Creates a new instance of the appropriate class based on discriminator value");
        DocComments.Returns(writer, $"A <see cref=\"{model.FullName}\"/>");
        DocComments.Param(writer, "parseNode", null, "The parse node to use to read the discriminator value and create the object");
        writer.Open($"public static {model.FullName} CreateFromDiscriminatorValue(IParseNode parseNode)");
        writer.Line("if(ReferenceEquals(parseNode, null)) throw new ArgumentNullException(nameof(parseNode));");
        writer.Line($"var result = new {model.FullName}();");
        var branches = new List<(string Condition, string Assignment)>();
        if (model.DiscriminatorProperty is { } discriminator)
        {
            writer.Line($"var mappingValue = parseNode.GetChildNode({Literal.String(discriminator)})?.GetStringValue();");
            foreach (var member in model.Members.Where(m => m.DiscriminatorValues.Count > 0))
            {
                var condition = string.Join(" || ", member.DiscriminatorValues.Select(v => $"{Literal.String(v)}.Equals(mappingValue, StringComparison.OrdinalIgnoreCase)"));
                branches.Add((condition, $"result.{member.PropertyName} = {member.Type.Name}.CreateFromDiscriminatorValue(parseNode);"));
            }
        }

        var objectMembers = model.Members.Where(m => m.Type.Kind == TypeKind.Model).ToList();
        foreach (var member in objectMembers.Where(m => m.RequiredJsonNames.Count > 0).OrderByDescending(m => m.RequiredJsonNames.Count))
        {
            var condition = string.Join(" && ", member.RequiredJsonNames.Select(n => $"parseNode.GetChildNode({Literal.String(n)}) != null"));
            branches.Add((condition, $"result.{member.PropertyName} = {member.Type.Name}.CreateFromDiscriminatorValue(parseNode);"));
        }

        foreach (var member in model.Members.Where(m => m.Type.Kind is TypeKind.Primitive or TypeKind.Enum))
        {
            var variable = char.ToLowerInvariant(member.PropertyName[0]) + member.PropertyName[1..] + "Value";
            branches.Add(($"{TypeSyntax.Read(member.Type, "parseNode")} is {TypeSyntax.Element(member.Type).TrimEnd('?')} {variable}", $"result.{member.PropertyName} = {variable};"));
        }

        for (var index = 0; index < branches.Count; index++)
        {
            writer.Open($"{(index == 0 ? "if" : "else if")}({branches[index].Condition})");
            writer.Line(branches[index].Assignment);
            writer.Close();
        }

        // Nothing matched: keep the data by reading it as the first object branch rather than dropping it.
        if (objectMembers.Count > 0)
        {
            var fallback = $"result.{objectMembers[0].PropertyName} = {objectMembers[0].Type.Name}.CreateFromDiscriminatorValue(parseNode);";
            if (branches.Count == 0)
            {
                writer.Line(fallback);
            }
            else
            {
                writer.Open("else");
                writer.Line(fallback);
                writer.Close();
            }
        }

        writer.Line("return result;");
        writer.Close();
    }

    private static void WriteDeserializers(CodeWriter writer, ModelDefinition model)
    {
        DocComments.Summary(writer, null, "The deserialization information for the current model");
        DocComments.Returns(writer, "A IDictionary&lt;string, Action&lt;IParseNode&gt;&gt;");
        writer.Open("public virtual IDictionary<string, Action<IParseNode>> GetFieldDeserializers()");
        var first = true;
        foreach (var member in model.Members.Where(m => m.Type.Kind == TypeKind.Model))
        {
            writer.Open($"{(first ? "if" : "else if")}({member.PropertyName} != null)");
            writer.Line($"return {member.PropertyName}.GetFieldDeserializers();");
            writer.Close();
            first = false;
        }

        writer.Line("return new Dictionary<string, Action<IParseNode>>();");
        writer.Close();
    }

    private static void WriteSerialize(CodeWriter writer, ModelDefinition model)
    {
        DocComments.Summary(writer, null, "Serializes information the current object");
        DocComments.Param(writer, "writer", null, "Serialization writer to use to serialize this model");
        writer.Open("public virtual void Serialize(ISerializationWriter writer)");
        writer.Line("if(ReferenceEquals(writer, null)) throw new ArgumentNullException(nameof(writer));");
        var first = true;
        foreach (var member in model.Members)
        {
            writer.Open($"{(first ? "if" : "else if")}({member.PropertyName} != null)");
            writer.Line(TypeSyntax.Write(member.Type, "null", member.PropertyName));
            writer.Close();
            first = false;
        }

        writer.Close();
    }
}
