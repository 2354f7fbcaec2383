using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SubscriberSimulator.Core.Validation.Internal;

/// <summary>
/// One compiled schema (refs resolved once, patterns compiled once). Validation walks the JSON
/// element and reports violations with JSON-pointer paths; values are never echoed in messages.
/// </summary>
internal sealed class SchemaNode
{
    public SchemaTypes Types { get; set; }

    public bool Nullable { get; set; }

    public JsonElement[]? Enum { get; set; }

    public string? Format { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public Regex? Pattern { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    public bool ExclusiveMinimum { get; set; }

    public bool ExclusiveMaximum { get; set; }

    public string[] Required { get; set; } = [];

    public Dictionary<string, SchemaNode>? Properties { get; set; }

    public bool AdditionalPropertiesAllowed { get; set; } = true;

    public SchemaNode? AdditionalProperties { get; set; }

    public int? MinProperties { get; set; }

    public int? MaxProperties { get; set; }

    public SchemaNode? Items { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public SchemaNode[]? AllOf { get; set; }

    public SchemaNode[]? AnyOf { get; set; }

    public SchemaNode[]? OneOf { get; set; }

    public void Validate(JsonElement value, JsonPointerPath path, List<SpecViolation> violations)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!Nullable && Types != SchemaTypes.Any && (Types & SchemaTypes.Null) == 0)
            {
                violations.Add(new SpecViolation(path.Build(), "must not be null"));
            }

            return;
        }

        if (!CheckType(value, path, violations))
        {
            return;
        }

        if (Enum is not null && !MatchesEnum(value))
        {
            violations.Add(new SpecViolation(path.Build(), "must be one of: " + DescribeEnum()));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                ValidateString(value.GetString()!, path, violations);
                break;
            case JsonValueKind.Number:
                ValidateNumber(value, path, violations);
                break;
            case JsonValueKind.Object:
                ValidateObject(value, path, violations);
                break;
            case JsonValueKind.Array:
                ValidateArray(value, path, violations);
                break;
        }

        ValidateCombinators(value, path, violations);
    }

    public bool IsValid(JsonElement value)
    {
        var scratch = new List<SpecViolation>();
        Validate(value, new JsonPointerPath(), scratch);
        return scratch.Count == 0;
    }

    private bool CheckType(JsonElement value, JsonPointerPath path, List<SpecViolation> violations)
    {
        if (Types == SchemaTypes.Any)
        {
            return true;
        }

        var ok = value.ValueKind switch
        {
            JsonValueKind.String => (Types & SchemaTypes.String) != 0,
            JsonValueKind.Number => (Types & SchemaTypes.Number) != 0 || ((Types & SchemaTypes.Integer) != 0 && IsInteger(value)),
            JsonValueKind.True or JsonValueKind.False => (Types & SchemaTypes.Boolean) != 0,
            JsonValueKind.Object => (Types & SchemaTypes.Object) != 0,
            JsonValueKind.Array => (Types & SchemaTypes.Array) != 0,
            _ => false,
        };
        if (!ok)
        {
            violations.Add(new SpecViolation(path.Build(), "must be " + DescribeTypes()));
        }

        return ok;
    }

    private void ValidateString(string text, JsonPointerPath path, List<SpecViolation> violations)
    {
        // Length counts Unicode code points, as JSON Schema specifies.
        var length = MinLength is null && MaxLength is null ? 0 : CountCodePoints(text);
        if (MinLength is { } min && length < min)
        {
            violations.Add(new SpecViolation(path.Build(), $"must be at least {min} characters long"));
        }

        if (MaxLength is { } max && length > max)
        {
            violations.Add(new SpecViolation(path.Build(), $"must be at most {max} characters long"));
        }

        if (Pattern is not null && !Pattern.IsMatch(text))
        {
            violations.Add(new SpecViolation(path.Build(), $"must match the pattern {Pattern}"));
        }

        if (Format is not null && !SchemaFormats.IsValidString(Format, text))
        {
            violations.Add(new SpecViolation(path.Build(), $"must be a valid {Format}"));
        }
    }

    private void ValidateNumber(JsonElement value, JsonPointerPath path, List<SpecViolation> violations)
    {
        if (!value.TryGetDecimal(out var number))
        {
            number = value.GetDouble() > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        if (Minimum is { } min && (ExclusiveMinimum ? number <= min : number < min))
        {
            violations.Add(new SpecViolation(path.Build(), $"must be {(ExclusiveMinimum ? "greater than" : "at least")} {min.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (Maximum is { } max && (ExclusiveMaximum ? number >= max : number > max))
        {
            violations.Add(new SpecViolation(path.Build(), $"must be {(ExclusiveMaximum ? "less than" : "at most")} {max.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (Format is not null && (Types & SchemaTypes.Integer) != 0 && !SchemaFormats.IsValidInteger(Format, number))
        {
            violations.Add(new SpecViolation(path.Build(), $"must fit in {Format}"));
        }
    }

    private void ValidateObject(JsonElement value, JsonPointerPath path, List<SpecViolation> violations)
    {
        foreach (var name in Required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                violations.Add(new SpecViolation(path.Build(name), "is required"));
            }
        }

        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            count++;
            if (Properties is not null && Properties.TryGetValue(property.Name, out var propertySchema))
            {
                path.Push(property.Name);
                propertySchema.Validate(property.Value, path, violations);
                path.Pop();
            }
            else if (AdditionalProperties is not null)
            {
                path.Push(property.Name);
                AdditionalProperties.Validate(property.Value, path, violations);
                path.Pop();
            }
            else if (!AdditionalPropertiesAllowed)
            {
                violations.Add(new SpecViolation(path.Build(property.Name), "is not an allowed property"));
            }
        }

        if (MinProperties is { } min && count < min)
        {
            violations.Add(new SpecViolation(path.Build(), $"must have at least {min} properties"));
        }

        if (MaxProperties is { } max && count > max)
        {
            violations.Add(new SpecViolation(path.Build(), $"must have at most {max} properties"));
        }
    }

    private void ValidateArray(JsonElement value, JsonPointerPath path, List<SpecViolation> violations)
    {
        var length = value.GetArrayLength();
        if (MinItems is { } min && length < min)
        {
            violations.Add(new SpecViolation(path.Build(), $"must have at least {min} items"));
        }

        if (MaxItems is { } max && length > max)
        {
            violations.Add(new SpecViolation(path.Build(), $"must have at most {max} items"));
        }

        if (Items is null)
        {
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            path.Push(index++);
            Items.Validate(item, path, violations);
            path.Pop();
        }
    }

    private void ValidateCombinators(JsonElement value, JsonPointerPath path, List<SpecViolation> violations)
    {
        if (AllOf is not null)
        {
            foreach (var part in AllOf)
            {
                part.Validate(value, path, violations);
            }
        }

        if (AnyOf is not null && !AnyBranchMatches(AnyOf, value, out _))
        {
            violations.Add(new SpecViolation(path.Build(), $"must match at least one of {AnyOf.Length} allowed shapes"));
        }

        if (OneOf is not null)
        {
            var matches = 0;
            foreach (var branch in OneOf)
            {
                if (branch.IsValid(value))
                {
                    matches++;
                }
            }

            if (matches == 0)
            {
                // Report why the closest branch failed: that is usually what the caller meant.
                var best = ClosestBranchViolations(OneOf, value, path);
                violations.Add(new SpecViolation(path.Build(), $"must match exactly one of {OneOf.Length} allowed shapes (matched none)"));
                violations.AddRange(best);
            }
            else if (matches > 1)
            {
                violations.Add(new SpecViolation(path.Build(), $"must match exactly one of {OneOf.Length} allowed shapes (matched {matches})"));
            }
        }
    }

    private static bool AnyBranchMatches(SchemaNode[] branches, JsonElement value, out int matches)
    {
        matches = 0;
        foreach (var branch in branches)
        {
            if (branch.IsValid(value))
            {
                matches++;
            }
        }

        return matches > 0;
    }

    private static List<SpecViolation> ClosestBranchViolations(SchemaNode[] branches, JsonElement value, JsonPointerPath path)
    {
        List<SpecViolation>? best = null;
        foreach (var branch in branches)
        {
            var attempt = new List<SpecViolation>();
            branch.Validate(value, path, attempt);
            if (best is null || attempt.Count < best.Count)
            {
                best = attempt;
            }
        }

        return best ?? new List<SpecViolation>();
    }

    private bool MatchesEnum(JsonElement value)
    {
        foreach (var candidate in Enum!)
        {
            if (JsonElement.DeepEquals(candidate, value))
            {
                return true;
            }
        }

        return false;
    }

    private string DescribeEnum() => string.Join(", ", Enum!.Select(candidate => candidate.GetRawText()));

    private string DescribeTypes()
    {
        var names = new List<string>();
        foreach (var type in System.Enum.GetValues<SchemaTypes>())
        {
            if (type != SchemaTypes.Any && (Types & type) != 0)
            {
                names.Add(type == SchemaTypes.Integer ? "an integer" : "a" + (type is SchemaTypes.Object or SchemaTypes.Array ? "n " : " ") + type.ToString().ToLowerInvariant());
            }
        }

        return string.Join(" or ", names);
    }

    private static bool IsInteger(JsonElement value) =>
        value.TryGetInt64(out _) || (value.TryGetDecimal(out var number) && decimal.Truncate(number) == number);

    private static int CountCodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }

        return count;
    }
}
