using System.Text;
using System.Text.Json.Nodes;
using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

/// <summary>
/// Turns a valid body into an invalid one of a chosen kind. Schema-level mutations are checked with
/// the contract's validator, so a mutation the spec would still accept is never counted as invalid.
/// </summary>
internal sealed class BodyMutator(SchemaValueGenerator generator, OpenApiContract contract)
{
    private const string Placeholder = "__fuzz_placeholder__";
    private static readonly FuzzCaseKind[] SchemaKinds =
        [FuzzCaseKind.WrongType, FuzzCaseKind.MissingRequired, FuzzCaseKind.OutOfRange, FuzzCaseKind.ExtraField, FuzzCaseKind.HugeString];

    private static readonly FuzzCaseKind[] ByteKinds =
        [FuzzCaseKind.DeepNesting, FuzzCaseKind.InvalidUtf8, FuzzCaseKind.LoneSurrogate, FuzzCaseKind.WrongRootType, FuzzCaseKind.MalformedJson];

    // Well-formed JSON escapes that decode to no valid UTF-16: a high surrogate alone or followed by
    // a non-surrogate, a low surrogate alone, two highs.
    private static readonly string[] LoneSurrogates = [@"\ud800x", @"\udfff", @"x\udbff", @"\ud800\ud800", @"\ud83d\u0041"];

    private Random Random => generator.Random;

    /// <summary>An invalid variant of <paramref name="valid"/>, or null when the chosen mutation does not apply.</summary>
    public (FuzzCaseKind Kind, byte[] Body, string Detail)? Mutate(ContractOperation operation, JsonNode valid)
    {
        var kinds = SchemaKinds.Concat(ByteKinds).ToArray();
        var kind = kinds[Random.Next(kinds.Length)];
        var body = valid.DeepClone();
        var schema = operation.RequestSchema;
        var slots = Slots(body, schema).ToList();
        switch (kind)
        {
            case FuzzCaseKind.DeepNesting:
                return (kind, Serialize(WithPlaceholder(body, slots)).Replace($"\"{Placeholder}\"", new string('[', 5000) + new string(']', 5000), StringComparison.Ordinal).Utf8(), "5000 nested arrays");
            case FuzzCaseKind.InvalidUtf8:
                return (kind, InvalidUtf8(Serialize(WithPlaceholder(body, slots))), "bytes C3 28 inside a string");
            case FuzzCaseKind.LoneSurrogate:
                var surrogate = LoneSurrogates[Random.Next(LoneSurrogates.Length)];
                return (kind, Serialize(WithPlaceholder(body, slots)).Replace(Placeholder, surrogate, StringComparison.Ordinal).Utf8(), $"escaped lone surrogate {surrogate} in a string");
            case FuzzCaseKind.WrongRootType:
                return (kind, (body is JsonArray ? "{\"records\":1}" : "[1,2,3]").Utf8(), "root of the wrong JSON type");
            case FuzzCaseKind.MalformedJson:
                var text = Serialize(body);
                return (kind, text[..Math.Max(1, text.Length / 2)].Utf8(), "truncated JSON");
        }

        var detail = kind switch
        {
            FuzzCaseKind.WrongType => WrongType(slots),
            FuzzCaseKind.MissingRequired => MissingRequired(body, schema),
            FuzzCaseKind.OutOfRange => OutOfRange(slots),
            FuzzCaseKind.ExtraField => ExtraField(body),
            _ => HugeString(slots),
        };
        if (detail is null)
        {
            return null;
        }

        var serialized = Serialize(body);
        var stillValid = kind != FuzzCaseKind.ExtraField && contract.ValidateRequest(operation, serialized).Count == 0;
        return stillValid ? null : (kind, serialized.Utf8(), detail);
    }

    public static byte[] OversizedBody() => ("{\"padding\":\"" + new string('a', 10 * 1024 * 1024 + 1024) + "\"}").Utf8();

    private static string Serialize(JsonNode node) => node.ToJsonString();

    private static byte[] InvalidUtf8(string json)
    {
        var parts = json.Split($"\"{Placeholder}\"");
        var bytes = new List<byte>();
        for (var i = 0; i < parts.Length; i++)
        {
            bytes.AddRange(parts[i].Utf8());
            if (i < parts.Length - 1)
            {
                bytes.AddRange([(byte)'"', 0xC3, 0x28, (byte)'"']);
            }
        }

        return bytes.ToArray();
    }

    private JsonNode WithPlaceholder(JsonNode body, List<Slot> slots)
    {
        if (slots.Count > 0)
        {
            slots[Random.Next(slots.Count)].Set(Placeholder);
        }
        else if (body is JsonObject obj)
        {
            obj["fuzz"] = Placeholder;
        }
        else if (body is JsonArray array)
        {
            array.Add(Placeholder);
        }

        return body;
    }

    private string? WrongType(List<Slot> slots)
    {
        var typed = slots.Where(s => s.Type is not null).ToList();
        if (typed.Count == 0)
        {
            return null;
        }

        var slot = typed[Random.Next(typed.Count)];
        JsonNode replacement = slot.Type switch
        {
            "string" => JsonValue.Create(12345),
            "integer" or "number" => JsonValue.Create("not-a-number"),
            "boolean" => JsonValue.Create("yes"),
            "array" => new JsonObject { ["not"] = "an array" },
            _ => JsonValue.Create(true),
        };
        slot.Set(replacement);
        return $"{slot.Name}: {slot.Type} replaced by {replacement.GetValueKind()}";
    }

    private string? MissingRequired(JsonNode body, JsonNode? schema)
    {
        var candidates = Objects(body, schema)
            .SelectMany(pair => generator.ObjectShape(pair.Schema).Required.Where(pair.Node.ContainsKey).Select(name => (pair.Node, name)))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (node, name) = candidates[Random.Next(candidates.Count)];
        node.Remove(name);
        return $"required {name} removed";
    }

    private string? OutOfRange(List<Slot> slots)
    {
        foreach (var slot in slots.OrderBy(_ => Random.Next()))
        {
            var s = slot.Schema;
            if (s["enum"] is JsonArray)
            {
                slot.Set("fuzz-not-in-enum");
                return $"{slot.Name}: not in enum";
            }

            if (s["maxLength"] is JsonValue max)
            {
                slot.Set(new string('x', max.GetValue<int>() + 1));
                return $"{slot.Name}: longer than maxLength";
            }

            if (s["maximum"] is JsonValue maximum)
            {
                slot.Set(JsonValue.Create(maximum.GetValue<double>() + 1));
                return $"{slot.Name}: above maximum";
            }

            if (s["minimum"] is JsonValue minimum)
            {
                slot.Set(JsonValue.Create(minimum.GetValue<double>() - 1));
                return $"{slot.Name}: below minimum";
            }

            if (s["minLength"] is JsonValue minLength && minLength.GetValue<int>() > 0)
            {
                slot.Set(string.Empty);
                return $"{slot.Name}: shorter than minLength";
            }

            if (s["pattern"] is not null)
            {
                slot.Set("!!");
                return $"{slot.Name}: does not match pattern";
            }

            if (s["maxItems"] is JsonValue maxItems && maxItems.GetValue<int>() <= 1000)
            {
                var items = new JsonArray();
                for (var i = 0; i <= maxItems.GetValue<int>(); i++)
                {
                    items.Add(generator.Generate(s["items"], slot.Name));
                }

                slot.Set(items);
                return $"{slot.Name}: more than maxItems";
            }
        }

        return null;
    }

    private string? ExtraField(JsonNode body)
    {
        var objects = Objects(body, null).Select(pair => pair.Node).ToList();
        if (objects.Count == 0)
        {
            return null;
        }

        objects[Random.Next(objects.Count)]["fuzzUnexpectedField"] = "x";
        return "extra field fuzzUnexpectedField";
    }

    private string? HugeString(List<Slot> slots)
    {
        var strings = slots.Where(s => s.Type == "string" && s.Schema["maxLength"] is not null).ToList();
        if (strings.Count == 0)
        {
            return null;
        }

        var slot = strings[Random.Next(strings.Count)];
        slot.Set(new string('h', 200_000));
        return $"{slot.Name}: 200,000 characters";
    }

    private IEnumerable<(JsonObject Node, JsonNode? Schema)> Objects(JsonNode? node, JsonNode? schema)
    {
        if (node is JsonObject obj)
        {
            yield return (obj, schema);
            var properties = schema is null ? [] : generator.ObjectShape(schema).Properties;
            foreach (var (name, child) in obj.ToList())
            {
                foreach (var nested in Objects(child, properties.GetValueOrDefault(name)))
                {
                    yield return nested;
                }
            }
        }
        else if (node is JsonArray array)
        {
            var items = schema is null ? null : generator.Resolve(schema)["items"];
            foreach (var child in array.ToList())
            {
                foreach (var nested in Objects(child, items))
                {
                    yield return nested;
                }
            }
        }
    }

    private IEnumerable<Slot> Slots(JsonNode body, JsonNode? schema)
    {
        foreach (var (node, objectSchema) in Objects(body, schema))
        {
            if (objectSchema is null)
            {
                continue;
            }

            foreach (var (name, propertySchema) in generator.ObjectShape(objectSchema).Properties)
            {
                if (node.ContainsKey(name))
                {
                    yield return new Slot(node, name, generator.Resolve(propertySchema));
                }
            }
        }
    }

    private sealed record Slot(JsonObject Parent, string Name, JsonObject Schema)
    {
        public string? Type => Schema["type"]?.GetValue<string>();

        public void Set(JsonNode? value) => Parent[Name] = value;
    }
}
