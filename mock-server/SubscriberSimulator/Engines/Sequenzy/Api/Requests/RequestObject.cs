using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// Typed, strict access to one JSON object of a request body. Field names are case-sensitive, an
/// unknown field is a 400 (a typo must not be silently ignored), and a wrong type is a 400 naming
/// the field. Messages never echo values (they may be emails or phone numbers).
/// </summary>
internal readonly struct RequestObject
{
    private readonly JsonElement _element;
    private readonly string _prefix;

    public RequestObject(JsonElement element, string prefix, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw RequestRefusedException.BadRequest(prefix.Length == 0 ? "The request body must be a JSON object" : $"{prefix} must be an object");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                var name = property.Name.Length > 64 ? property.Name[..64] + "..." : property.Name;
                throw RequestRefusedException.BadRequest($"Unknown field: {prefix}{(prefix.Length == 0 ? string.Empty : ".")}{name}");
            }
        }

        _element = element;
        _prefix = prefix;
    }

    /// <summary>A request body: one object with only the <paramref name="allowed"/> fields.</summary>
    public static RequestObject Body(JsonElement body, string[] allowed) => new(body, string.Empty, allowed);

    public bool Has(string name) => _element.TryGetProperty(name, out _);

    public bool IsNull(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null;

    /// <summary>The string, or null when absent; null or another type is a 400.</summary>
    public string? String(string name)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw TypeError(name, "a string");
    }

    /// <summary>The string, or null when absent or JSON null (for fields where null means "clear").</summary>
    public string? NullableString(string name) => IsNull(name) ? null : String(name);

    public bool? Boolean(string name)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw TypeError(name, "a boolean"),
        };
    }

    public string[]? StringArray(string name)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw TypeError(name, "an array of strings");
        }

        var result = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            result[i++] = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw TypeError(name, "an array of strings");
        }

        return result;
    }

    public JsonElement? Array(string name)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array ? value : throw TypeError(name, "an array");
    }

    /// <summary>A JSON object field as its raw text (any values, nested objects allowed), or null when absent.</summary>
    public string? ObjectJson(string name)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value.GetRawText() : throw TypeError(name, "an object");
    }

    /// <summary>The custom attributes; values may be strings, numbers, booleans, arrays of those, or null.</summary>
    public CustomAttribute[]? Attributes(string name)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw TypeError(name, "an object");
        }

        var result = new List<CustomAttribute>();
        foreach (var property in value.EnumerateObject())
        {
            if (!IsAttributeValue(property.Value, allowArray: true))
            {
                throw RequestRefusedException.BadRequest($"{Field(name)} values must be strings, numbers, booleans, arrays of those, or null");
            }

            result.RemoveAll(existing => existing.Key == property.Name);
            result.Add(new CustomAttribute(property.Name, property.Value.GetRawText()));
        }

        return result.ToArray();
    }

    public DateTimeOffset? DateTime(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : throw RequestRefusedException.BadRequest($"{Field(name)} must be an ISO 8601 date-time");
    }

    public string Field(string name) => _prefix.Length == 0 ? name : _prefix + "." + name;

    private RequestRefusedException TypeError(string name, string expected) =>
        RequestRefusedException.BadRequest($"{Field(name)} must be {expected}");

    private static bool IsAttributeValue(JsonElement value, bool allowArray)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                return true;
            case JsonValueKind.Array when allowArray:
                foreach (var item in value.EnumerateArray())
                {
                    if (!IsAttributeValue(item, allowArray: false))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
