using System.Text.Json;
using SubscriberSdk.Generator.CodeModel;
using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Naming;

namespace SubscriberSdk.Generator.Building;

/// <summary>
/// Turns schemas into models, enums and type references. Component schemas keep their names;
/// inline schemas are named after where they appear (owner + property), as Kiota does.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly SpecDocument _document;
    private readonly ClientModel _client;
    private readonly string _modelsNamespace;
    private readonly ISet<string> _errorSchemas;
    private readonly HashSet<string> _takenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> _namedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelDefinition> _modelsByFullName = new(StringComparer.Ordinal);

    public ModelBuilder(SpecDocument document, ClientModel client, string modelsNamespace, ISet<string> errorSchemas)
    {
        _document = document;
        _client = client;
        _modelsNamespace = modelsNamespace;
        _errorSchemas = errorSchemas;
    }

    /// <summary>Builds every component schema, in name order, so names never depend on path order.</summary>
    public void BuildComponents()
    {
        if (!_document.Root.TryGet("components", out var components) || !components.TryGet("schemas", out var schemas))
        {
            return;
        }

        foreach (var (name, _) in schemas.Members())
        {
            _takenNames.Add(NameRules.ToPascalCase(name));
        }

        foreach (var (name, _) in schemas.Members())
        {
            var type = GetNamed(name);
            _client.SchemaTypes[name] = type.IsCollection ? $"List<{type.Name}>" : type.Name;
        }
    }

    public TypeRef TypeFor(SpecNode schema, string contextName, bool isError = false)
    {
        var resolved = _document.Resolve(schema, out var schemaName);
        if (schemaName is not null)
        {
            return GetNamed(schemaName);
        }

        return Build(resolved, contextName, schemaName: null, isError);
    }

    public ModelDefinition? FindModel(string fullName) => _modelsByFullName.GetValueOrDefault(fullName);

    /// <summary>Registers a model before its members are built, so self-references resolve to it.</summary>
    public TypeRef Register(ModelDefinition model)
    {
        var result = new TypeRef(TypeKind.Model, model.FullName, false);
        Remember(model.SchemaName, result);
        _modelsByFullName[model.FullName] = model;
        _client.Models.Add(model);
        return result;
    }

    public string ModelsNamespace => _modelsNamespace;

    private TypeRef GetNamed(string schemaName)
    {
        if (_namedTypes.TryGetValue(schemaName, out var existing))
        {
            return existing;
        }

        var node = _document.ResolvePointer("#/components/schemas/" + SpecNode.Escape(schemaName), "/components/schemas");
        node = _document.Resolve(node);
        return Build(node, NameRules.ToPascalCase(schemaName), schemaName, _errorSchemas.Contains(schemaName));
    }

    private TypeRef Build(SpecNode schema, string name, string? schemaName, bool isError)
    {
        var type = schema.GetString("type");
        if (schema.TryGet("oneOf", out var oneOf))
        {
            return new OneOfBuilder(_document, this).Build(schema, oneOf, ReserveName(name, schemaName), schemaName);
        }

        if (schema.TryGet("enum", out var values) && (type is null or "string"))
        {
            return BuildEnum(schema, values, name, schemaName);
        }

        if (type == "array")
        {
            if (!schema.TryGet("items", out var items))
            {
                return TypeRef.Untyped.AsCollection();
            }

            var itemType = TypeFor(items, name + "Item", isError: false);
            var result = itemType.IsCollection ? TypeRef.Untyped.AsCollection() : itemType.AsCollection();
            Remember(schemaName, result);
            return result;
        }

        if (PrimitiveTypes.From(type, schema.GetString("format")) is { } primitive)
        {
            Remember(schemaName, primitive);
            return primitive;
        }

        if (schema.TryGet("allOf", out var allOf) && !schema.TryGet("properties", out _) && !isError)
        {
            var parts = allOf.Items().ToList();
            if (parts.Count == 1)
            {
                var single = TypeFor(parts[0], name, isError);
                Remember(schemaName, single);
                return single;
            }
        }

        if (type == "object" || schema.TryGet("properties", out _) || schema.TryGet("additionalProperties", out _) || schema.TryGet("allOf", out _))
        {
            return BuildObject(schema, name, schemaName, isError);
        }

        Remember(schemaName, TypeRef.Untyped);
        return TypeRef.Untyped;
    }

    private void Remember(string? schemaName, TypeRef type)
    {
        if (schemaName is not null)
        {
            _namedTypes[schemaName] = type;
        }
    }

    private string ReserveName(string name, string? schemaName) =>
        schemaName is not null ? name : NameRules.MakeUnique(name, _takenNames);

    private TypeRef BuildEnum(SpecNode schema, SpecNode values, string name, string? schemaName)
    {
        var definition = new EnumDefinition
        {
            Name = ReserveName(name, schemaName),
            Namespace = _modelsNamespace,
            Description = schema.GetString("description"),
        };
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.Items())
        {
            if (value.Element.ValueKind != JsonValueKind.String)
            {
                if (value.Element.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                throw new SpecException(_document.DisplayName, value.Pointer, "enum", "only string enums are supported");
            }

            var wire = value.Element.GetString()!;
            definition.Members.Add(new EnumMemberDefinition(NameRules.MakeUnique(NameRules.ToEnumMemberName(wire), memberNames), wire));
        }

        _client.Enums.Add(definition);
        var result = new TypeRef(TypeKind.Enum, definition.FullName, false);
        Remember(schemaName, result);
        return result;
    }

    private TypeRef BuildObject(SpecNode schema, string name, string? schemaName, bool isError)
    {
        var model = new ModelDefinition
        {
            Name = ReserveName(name, schemaName),
            Namespace = _modelsNamespace,
            Kind = ModelKind.Object,
            SchemaName = schemaName,
            Description = schema.GetString("description"),
            IsError = isError,
        };
        var result = Register(model);

        var memberNames = new HashSet<string>(StringComparer.Ordinal) { model.Name };
        var baseProperties = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGet("allOf", out var allOf))
        {
            foreach (var part in allOf.Items())
            {
                var resolved = _document.Resolve(part, out var partSchemaName);
                if (!isError && partSchemaName is not null && model.BaseTypeName is null && GetNamed(partSchemaName) is { Kind: TypeKind.Model, IsCollection: false } baseType
                    && _modelsByFullName.TryGetValue(baseType.Name, out var baseModel) && baseModel.Kind == ModelKind.Object && !baseModel.IsError)
                {
                    model.BaseTypeName = baseType.Name;
                    baseModel.HasDerivedTypes = true;
                    foreach (var jsonName in CollectPropertyNames(resolved))
                    {
                        baseProperties.Add(jsonName);
                    }

                    continue;
                }

                AddProperties(model, resolved, memberNames, baseProperties, flattenAllOf: true);
            }
        }

        AddProperties(model, schema, memberNames, baseProperties, flattenAllOf: false);
        model.IsMap = model.Properties.Count == 0 && model.BaseTypeName is null && schema.TryGet("additionalProperties", out _);
        model.Properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        ApplyPrimaryErrorMessage(model, schema);
        ApplyDiscriminator(model, schema);
        return result;
    }

    private IEnumerable<string> CollectPropertyNames(SpecNode schema)
    {
        foreach (var (jsonName, _) in schema.Get("properties")?.Members() ?? [])
        {
            yield return jsonName;
        }

        foreach (var part in schema.Get("allOf")?.Items() ?? [])
        {
            foreach (var jsonName in CollectPropertyNames(_document.Resolve(part)))
            {
                yield return jsonName;
            }
        }
    }

    /// <summary>Flattens a schema's properties into the model; with <paramref name="flattenAllOf"/>, also those of its allOf parts.</summary>
    private void AddProperties(ModelDefinition model, SpecNode schema, HashSet<string> memberNames, HashSet<string> skip, bool flattenAllOf)
    {
        foreach (var (jsonName, propertySchema) in schema.Get("properties")?.Members() ?? [])
        {
            if (skip.Contains(jsonName) || model.Properties.Any(p => p.JsonName == jsonName))
            {
                continue;
            }

            var pascal = NameRules.ToPascalCase(jsonName);
            var memberName = NameRules.MakeUnique(ReservedMemberNames.Escape(pascal, model.Name, model.IsError), memberNames);
            var type = TypeFor(propertySchema, model.Name + pascal);
            var description = propertySchema.GetString("description") ?? _document.Resolve(propertySchema).GetString("description");
            model.Properties.Add(new PropertyDefinition(jsonName, memberName, type, description));
        }

        if (!flattenAllOf)
        {
            return;
        }

        foreach (var part in schema.Get("allOf")?.Items() ?? [])
        {
            AddProperties(model, _document.Resolve(part), memberNames, skip, flattenAllOf: true);
        }
    }

    private void ApplyPrimaryErrorMessage(ModelDefinition model, SpecNode schema)
    {
        if (!model.IsError)
        {
            return;
        }

        foreach (var (jsonName, property) in schema.Get("properties")?.Members() ?? [])
        {
            if (property.GetBool("x-ms-primary-error-message"))
            {
                model.PrimaryErrorMessageProperty ??= model.Properties.FirstOrDefault(p => p.JsonName == jsonName)?.Name;
            }
        }

        // Error models are flattened, so the marked property may come from an allOf part.
        foreach (var part in schema.Get("allOf")?.Items() ?? [])
        {
            ApplyPrimaryErrorMessage(model, _document.Resolve(part));
        }
    }

    private void ApplyDiscriminator(ModelDefinition model, SpecNode schema)
    {
        if (!schema.TryGet("discriminator", out var discriminator) || discriminator.GetString("propertyName") is not { } propertyName)
        {
            return;
        }

        model.DiscriminatorProperty = propertyName;
        foreach (var (value, target) in discriminator.Get("mapping")?.Members() ?? [])
        {
            var targetNode = _document.ResolvePointer(target.Element.GetString() ?? string.Empty, target.Pointer);
            var targetName = SpecNode.Unescape(targetNode.Pointer.Split('/')[^1]);
            var targetType = GetNamed(targetName);
            if (targetType.Kind == TypeKind.Model && targetType.Name != model.FullName)
            {
                model.DiscriminatorMappings.Add(new DiscriminatorMapping(value, targetType.Name));
            }
        }
    }
}
