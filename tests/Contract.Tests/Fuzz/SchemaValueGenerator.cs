using System.Globalization;
using System.Text.Json.Nodes;

namespace Contract.Tests.Fuzz;

/// <summary>
/// Generates values that satisfy an OpenAPI 3.0 schema ($ref, allOf, oneOf/anyOf, enum, formats,
/// the specs' few patterns, length and range bounds), from a seeded <see cref="Random"/>. Field
/// names that carry phone numbers or emails get realistic values so requests reach the engines'
/// logic instead of stopping at the first semantic check.
/// </summary>
internal sealed class SchemaValueGenerator(JsonObject document, Random random)
{
    private const string ComponentPrefix = "#/components/schemas/";
    private int _counter;

    public Random Random => random;

    /// <summary>Known-good values by field name (seeded ids, the seeded email), used three times in four.</summary>
    public IReadOnlyDictionary<string, string> NamedValues { get; set; } = new Dictionary<string, string>();

    public JsonObject Resolve(JsonNode? schema)
    {
        var current = schema as JsonObject ?? new JsonObject();
        for (var depth = 0; depth < 16 && current["$ref"]?.GetValue<string>() is { } reference; depth++)
        {
            current = document["components"]?["schemas"]?[reference[ComponentPrefix.Length..]] as JsonObject ?? new JsonObject();
        }

        return current;
    }

    /// <summary>Properties and required names of an object schema, allOf parts merged.</summary>
    public (Dictionary<string, JsonNode?> Properties, HashSet<string> Required) ObjectShape(JsonNode? schema)
    {
        var resolved = Resolve(schema);
        var properties = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        // oneOf/anyOf branches are merged too, without their required lists: which branch a body
        // matches is not known here, and the validator decides whether a mutation is invalid.
        foreach (var branch in (resolved["oneOf"] ?? resolved["anyOf"]) as JsonArray ?? [])
        {
            foreach (var (name, property) in ObjectShape(branch).Properties)
            {
                properties.TryAdd(name, property);
            }
        }

        foreach (var part in (resolved["allOf"] as JsonArray ?? []).Append(resolved))
        {
            var shape = Resolve(part);
            foreach (var (name, property) in shape["properties"] as JsonObject ?? new JsonObject())
            {
                properties[name] = property;
            }

            foreach (var name in (shape["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()))
            {
                required.Add(name);
            }
        }

        return (properties, required);
    }

    public JsonNode? Generate(JsonNode? schema, string name = "", int depth = 0)
    {
        var resolved = Resolve(schema);
        if (resolved["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        if ((resolved["oneOf"] ?? resolved["anyOf"]) is JsonArray choices && choices.Count > 0)
        {
            if (resolved.ContainsKey("properties"))
            {
                // An object whose oneOf branches only list required names (the form the specs use where
                // kiota cannot read alternatives): one branch's names are sent, the others' left out.
                var chosen = random.Next(choices.Count);
                var excluded = choices.Where((_, i) => i != chosen).SelectMany(RequiredNames).ToHashSet(StringComparer.Ordinal);
                return GenerateObject(resolved, depth, RequiredNames(choices[chosen]).ToHashSet(StringComparer.Ordinal), excluded);
            }

            return Generate(choices[random.Next(choices.Count)], name, depth + 1);
        }

        var type = resolved["type"]?.GetValue<string>() ?? (resolved.ContainsKey("properties") || resolved.ContainsKey("allOf") ? "object" : "string");
        return type switch
        {
            "object" => GenerateObject(resolved, depth),
            "array" => GenerateArray(resolved, name, depth),
            "integer" => GenerateInteger(resolved, name),
            "number" => JsonValue.Create(Math.Round(Bounded(resolved, 0, 1000) + random.NextDouble() / 2, 2)),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            _ => JsonValue.Create(GenerateString(resolved, name)),
        };
    }

    public string NextPhoneTenDigits() => $"415555{Next() % 100 + 100:D4}";

    public string NextEmail() => $"fuzz{Next()}@example.com";

    private int Next() => Interlocked.Increment(ref _counter);

    private IEnumerable<string> RequiredNames(JsonNode? schema) =>
        (Resolve(schema)["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>());

    private JsonObject GenerateObject(JsonObject schema, int depth, HashSet<string>? alsoRequired = null, HashSet<string>? excluded = null)
    {
        var result = new JsonObject();
        var (properties, required) = ObjectShape(schema);
        foreach (var (name, property) in properties)
        {
            if (excluded?.Contains(name) == true && alsoRequired?.Contains(name) != true)
            {
                continue;
            }

            var readOnly = Resolve(property)["readOnly"] is JsonValue flag && flag.GetValue<bool>();
            if (!readOnly && depth < 6 && (required.Contains(name) || alsoRequired?.Contains(name) == true || random.Next(3) == 0))
            {
                result[name] = Generate(property, name, depth + 1);
            }
        }

        if (properties.Count == 0 && schema["additionalProperties"] is JsonObject valueSchema && depth < 6)
        {
            for (var i = random.Next(3); i > 0; i--)
            {
                result["key" + i.ToString(CultureInfo.InvariantCulture)] = Generate(valueSchema, string.Empty, depth + 1);
            }
        }

        return result;
    }

    private JsonArray GenerateArray(JsonObject schema, string name, int depth)
    {
        var min = schema["minItems"]?.GetValue<int>() ?? 0;
        var max = Math.Min(schema["maxItems"]?.GetValue<int>() ?? int.MaxValue, min + 3);
        var array = new JsonArray();
        for (var i = random.Next(min, max + 1); i > 0; i--)
        {
            array.Add(Generate(schema["items"], name, depth + 1));
        }

        return array;
    }

    private JsonValue GenerateInteger(JsonObject schema, string name)
    {
        if (name is "number" or "longNumber")
        {
            return JsonValue.Create(long.Parse(NextPhoneTenDigits(), CultureInfo.InvariantCulture));
        }

        return JsonValue.Create((long)Bounded(schema, 0, 1000));
    }

    private double Bounded(JsonObject schema, double min, double max)
    {
        var low = schema["minimum"]?.GetValue<double>() ?? min;
        var high = schema["maximum"]?.GetValue<double>() ?? Math.Max(low + max, max);
        return Math.Floor(low + (random.NextDouble() * Math.Min(high - low, 1000)));
    }

    private string GenerateString(JsonObject schema, string name)
    {
        var format = schema["format"]?.GetValue<string>();
        var pattern = schema["pattern"]?.GetValue<string>();
        if (NamedValues.TryGetValue(name, out var known) && random.Next(4) != 0)
        {
            return known;
        }

        var lower = name.ToLowerInvariant();
        string? special = (format, pattern) switch
        {
            ("email", _) => NextEmail(),
            ("date-time", _) => "2026-11-21T12:00:00Z",
            ("date", _) => "2026-11-21",
            ("uri", _) => "https://example.com/fuzz",
            ("uuid", _) => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()).ToString(),
            (_, @"^(\+?1)?[0-9]{10}$") => random.Next(3) switch { 0 => NextPhoneTenDigits(), 1 => "1" + NextPhoneTenDigits(), _ => "+1" + NextPhoneTenDigits() },
            (_, @"^[0-9]{10}$") => NextPhoneTenDigits(),
            (_, @"^\+[1-9][0-9]{1,14}$") => "+1" + NextPhoneTenDigits(),
            (_, "^(en-US|fr-CA)$") => random.Next(2) == 0 ? "en-US" : "fr-CA",
            (_, "^[A-Z]{2}$") => "US",
            (_, "^[a-z]{2}$") => "en",
            _ when lower.Contains("email", StringComparison.Ordinal) => NextEmail(),
            _ when lower.Contains("phone", StringComparison.Ordinal) || lower == "e164number" => "+1" + NextPhoneTenDigits(),
            _ => null,
        };
        if (special is not null)
        {
            return special;
        }

        var minLength = schema["minLength"]?.GetValue<int>() ?? 1;
        var maxLength = Math.Min(schema["maxLength"]?.GetValue<int>() ?? 24, minLength + 16);
        var length = random.Next(minLength, Math.Max(minLength, maxLength) + 1);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
