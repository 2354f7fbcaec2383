using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// Typed reads of optional JSON properties. Attentive ignores fields it does not know (its spec
/// says so), so readers look up the names they need and never refuse the others. The spec
/// validator has run before these, so a type error here is a second line of defence; messages
/// name the field and never echo its value.
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
        return value is { Length: 0 } ? throw RequestRefusedException.BadRequest($"{path} must not be empty; omit the field instead.") : value;
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

    /// <summary>The body (or a part of it) as an object; null means no body was sent.</summary>
    public static JsonElement RequireObject(JsonElement? body, string path = "The request body")
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            throw RequestRefusedException.BadRequest($"{path} must be a JSON object.");
        }

        return root;
    }

    private static RequestRefusedException WrongType(string path, string expected) =>
        RequestRefusedException.BadRequest($"{path} must be {expected}.");
}
