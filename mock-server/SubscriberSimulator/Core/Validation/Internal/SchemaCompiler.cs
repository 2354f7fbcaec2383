using System.Text.Json;
using System.Text.RegularExpressions;

namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>
/// Turns OpenAPI 3.0 schema objects (and the 3.1 forms the specs might use: type lists,
/// numeric exclusive bounds) into <see cref="SchemaNode"/>s. Local "$ref"s are resolved once and
/// shared, so recursive schemas compile to a cycle rather than looping.
/// </summary>
internal sealed class SchemaCompiler
{
    private readonly JsonElement _root;
    private readonly string _documentName;
    private readonly Dictionary<string, SchemaNode> _byReference = new(StringComparer.Ordinal);

    public SchemaCompiler(JsonElement root, string documentName)
    {
        _root = root;
        _documentName = documentName;
    }

    /// <summary>Follows a local "$ref" ("#/components/...") to its target element.</summary>
    public JsonElement Resolve(JsonElement element)
    {
        var hops = 0;
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
        {
            if (++hops > 32)
            {
                throw new InvalidDataException($"{_documentName}: $ref chain too long at {reference.GetString()}.");
            }

            element = Navigate(reference.GetString() ?? string.Empty);
        }

        return element;
    }

    public SchemaNode Compile(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var key = reference.GetString() ?? string.Empty;
            if (_byReference.TryGetValue(key, out var known))
            {
                return known;
            }

            var node = new SchemaNode();
            _byReference[key] = node;
            Fill(node, Navigate(key));
            return node;
        }

        var inline = new SchemaNode();
        Fill(inline, schema);
        return inline;
    }

    private void Fill(SchemaNode node, JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{_documentName}: a schema must be an object.");
        }

        if (schema.TryGetProperty("$ref", out _))
        {
            // A $ref beside other keywords: 3.0 ignores the siblings; validate against the target.
            node.AllOf = [Compile(schema)];
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    node.Types = ParseTypes(value);
                    break;
                case "nullable":
                    node.Nullable = value.ValueKind == JsonValueKind.True;
                    break;
                case "enum":
                    node.Enum = value.EnumerateArray().Select(item => item.Clone()).ToArray();
                    break;
                case "format":
                    node.Format = value.GetString();
                    break;
                case "minLength":
                    node.MinLength = value.GetInt32();
                    break;
                case "maxLength":
                    node.MaxLength = value.GetInt32();
                    break;
                case "pattern":
                    node.Pattern = new Regex(value.GetString() ?? string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    break;
                case "minimum":
                    node.Minimum = value.GetDecimal();
                    break;
                case "maximum":
                    node.Maximum = value.GetDecimal();
                    break;
                case "exclusiveMinimum":
                    ApplyExclusive(value, isMinimum: true, node);
                    break;
                case "exclusiveMaximum":
                    ApplyExclusive(value, isMinimum: false, node);
                    break;
                case "required":
                    node.Required = value.EnumerateArray().Select(item => item.GetString() ?? string.Empty).ToArray();
                    break;
                case "properties":
                    node.Properties = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
                    foreach (var property in value.EnumerateObject())
                    {
                        node.Properties[property.Name] = Compile(property.Value);
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False)
                    {
                        node.AdditionalPropertiesAllowed = false;
                    }
                    else if (value.ValueKind == JsonValueKind.Object)
                    {
                        node.AdditionalProperties = Compile(value);
                    }

                    break;
                case "minProperties":
                    node.MinProperties = value.GetInt32();
                    break;
                case "maxProperties":
                    node.MaxProperties = value.GetInt32();
                    break;
                case "items":
                    node.Items = Compile(value);
                    break;
                case "minItems":
                    node.MinItems = value.GetInt32();
                    break;
                case "maxItems":
                    node.MaxItems = value.GetInt32();
                    break;
                case "allOf":
                    node.AllOf = CompileAll(value);
                    break;
                case "anyOf":
                    node.AnyOf = CompileAll(value);
                    break;
                case "oneOf":
                    node.OneOf = CompileAll(value);
                    break;
            }
        }
    }

    private SchemaNode[] CompileAll(JsonElement array) => array.EnumerateArray().Select(Compile).ToArray();

    private static void ApplyExclusive(JsonElement value, bool isMinimum, SchemaNode node)
    {
        // 3.0: a boolean modifying minimum/maximum; 3.1: the bound itself.
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (isMinimum)
            {
                node.Minimum = value.GetDecimal();
                node.ExclusiveMinimum = true;
            }
            else
            {
                node.Maximum = value.GetDecimal();
                node.ExclusiveMaximum = true;
            }
        }
        else if (isMinimum)
        {
            node.ExclusiveMinimum = value.ValueKind == JsonValueKind.True;
        }
        else
        {
            node.ExclusiveMaximum = value.ValueKind == JsonValueKind.True;
        }
    }

    private SchemaTypes ParseTypes(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var types = SchemaTypes.Any;
            foreach (var item in value.EnumerateArray())
            {
                types |= ParseType(item.GetString());
            }

            return types;
        }

        return ParseType(value.GetString());
    }

    private SchemaTypes ParseType(string? name) => name switch
    {
        "string" => SchemaTypes.String,
        "number" => SchemaTypes.Number,
        "integer" => SchemaTypes.Integer,
        "boolean" => SchemaTypes.Boolean,
        "object" => SchemaTypes.Object,
        "array" => SchemaTypes.Array,
        "null" => SchemaTypes.Null,
        _ => throw new InvalidDataException($"{_documentName}: unknown schema type '{name}'."),
    };

    private JsonElement Navigate(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{_documentName}: only local $refs are supported, found '{reference}'.");
        }

        var current = _root;
        foreach (var rawSegment in reference[2..].Split('/'))
        {
            var segment = Uri.UnescapeDataString(rawSegment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                throw new InvalidDataException($"{_documentName}: $ref '{reference}' does not resolve.");
            }
        }

        return current;
    }
}
