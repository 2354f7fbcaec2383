using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>
/// Strict readers for request fields: a wrong type is a 400 naming the field, and JSON null
/// counts as "not given" for optional fields.
/// </summary>
internal static class JsonFields
{
    public static void RequireObject(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw RequestRefusedException.BadRequest("The request body must be a JSON object.");
        }
    }

    public static RequestRefusedException Unknown(JsonProperty property) =>
        RequestRefusedException.BadRequest($"Unknown field '{property.Name}'.");

    public static string? OptionalString(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => property.Value.GetString(),
        _ => throw WrongType(property, "a string"),
    };

    public static bool? OptionalBoolean(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw WrongType(property, "a boolean"),
    };

    public static int? OptionalInt32(JsonProperty property)
    {
        if (property.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var value))
        {
            throw WrongType(property, "a whole number");
        }

        return value;
    }

    public static JsonElement? OptionalObject(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => property.Value,
        _ => throw WrongType(property, "a JSON object"),
    };

    public static string[]? OptionalStringArray(JsonProperty property)
    {
        if (property.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.Value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(property, "an array of strings");
        }

        var result = new string[property.Value.GetArrayLength()];
        var index = 0;
        foreach (var item in property.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw WrongType(property, "an array of strings");
            }

            result[index++] = item.GetString()!;
        }

        return result;
    }

    public static T Required<T>(T? value, string field)
        where T : class =>
        value ?? throw RequestRefusedException.BadRequest($"'{field}' is required.");

    private static RequestRefusedException WrongType(JsonProperty property, string expected) =>
        RequestRefusedException.BadRequest($"'{property.Name}' must be {expected}.");
}
