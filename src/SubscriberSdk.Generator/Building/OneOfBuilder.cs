using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Naming;

namespace SubscriberSdk.Generator.Building;

/// <summary>
/// Builds a oneOf wrapper: one member per branch, with the discriminator values that select it
/// and the required properties used to recognise it when there is no discriminator.
/// </summary>
internal sealed class OneOfBuilder
{
    private readonly SpecDocument _document;
    private readonly ModelBuilder _models;

    public OneOfBuilder(SpecDocument document, ModelBuilder models)
    {
        _document = document;
        _models = models;
    }

    public TypeRef Build(SpecNode schema, SpecNode oneOf, string name, string? schemaName)
    {
        var model = new ModelDefinition
        {
            Name = name,
            Namespace = _models.ModelsNamespace,
            Kind = ModelKind.OneOfWrapper,
            SchemaName = schemaName,
            Description = schema.GetString("description"),
        };
        var result = _models.Register(model);

        var discriminator = schema.Get("discriminator");
        model.DiscriminatorProperty = discriminator?.GetString("propertyName");
        var explicitMapping = (discriminator?.Get("mapping")?.Members() ?? [])
            .Select(m => (Value: m.Name, Target: m.Node.Element.GetString() ?? string.Empty))
            .ToList();

        var memberNames = new HashSet<string>(StringComparer.Ordinal) { model.Name };
        var index = 0;
        foreach (var branch in oneOf.Items())
        {
            index++;
            var reference = branch.GetString("$ref");
            var resolved = _document.Resolve(branch, out var branchSchemaName);
            var type = _models.TypeFor(branch, model.Name + "Member" + index);
            if (type.IsCollection || type.Kind == TypeKind.Untyped)
            {
                throw new SpecException(_document.DisplayName, branch.Pointer, "oneOf branch", "each oneOf branch must be an object, a primitive or a string enum");
            }

            var propertyName = NameRules.MakeUnique(PropertyNameFor(type), memberNames);
            var discriminatorValues = new List<string>();
            if (model.DiscriminatorProperty is not null)
            {
                discriminatorValues.AddRange(explicitMapping.Where(m => m.Target == reference).Select(m => m.Value));
                if (discriminatorValues.Count == 0 && branchSchemaName is not null)
                {
                    discriminatorValues.Add(branchSchemaName);
                }
            }

            var required = CollectRequired(resolved).Distinct(StringComparer.Ordinal).ToList();
            model.Members.Add(new ComposedMember(propertyName, type, discriminatorValues, required));
        }

        return result;
    }

    private IEnumerable<string> CollectRequired(SpecNode schema)
    {
        foreach (var item in schema.Get("required")?.Items() ?? [])
        {
            if (item.Element.GetString() is { } name)
            {
                yield return name;
            }
        }

        foreach (var part in schema.Get("allOf")?.Items() ?? [])
        {
            foreach (var name in CollectRequired(_document.Resolve(part)))
            {
                yield return name;
            }
        }
    }

    private static string PropertyNameFor(TypeRef type)
    {
        var simple = type.Name[(type.Name.LastIndexOf('.') + 1)..];
        simple = simple switch
        {
            "string" => "String",
            "int" => "Integer",
            "long" => "Long",
            "double" => "Double",
            "float" => "Float",
            "decimal" => "Decimal",
            "bool" => "Boolean",
            "byte[]" => "Binary",
            _ => NameRules.ToPascalCase(simple),
        };
        return type.IsCollection ? simple + "Collection" : simple;
    }
}
