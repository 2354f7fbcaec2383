using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Domain;

namespace SubscriberSimulator.Engines.Attentive.Http;

/// <summary>
/// Typed reads of optional JSON properties. The spec validator has run before these, so a type error
/// here is a second line of defence; messages name the field and never echo its value.
/// </summary>
internal static class JsonFields
{
    public static JsonElement? Object(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw WrongType(path, "an object");
    }

    public static JsonElement? Array(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array ? value : throw WrongType(path, "an array");
    }

    public static string? String(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(path, "a string");
    }

    /// <summary>A string that, when present, must not be empty (Attentive: omit a field rather than send "").</summary>
    public static string? NonEmptyString(JsonElement parent, string name, string path)
    {
        var value = String(parent, name, path);
        return value is { Length: 0 } ? throw AttentiveRequestException.BadRequest($"{path} must not be empty; omit the field instead.") : value;
    }

    public static bool? Boolean(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(path, "true or false"),
        };
    }

    public static JsonElement RequireObject(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            throw AttentiveRequestException.BadRequest("The request body must be a JSON object.");
        }

        return root;
    }

    private static AttentiveRequestException WrongType(string path, string expected) =>
        AttentiveRequestException.BadRequest($"{path} must be {expected}.");
}
