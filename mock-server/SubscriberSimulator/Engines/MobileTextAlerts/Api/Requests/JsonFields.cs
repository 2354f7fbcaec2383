using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// Strict readers for request bodies: known fields only, the right types, bounded text. Refusals
/// are 400s that name the field (and the record, in bulk bodies), never its value.
/// </summary>
internal static class JsonFields
{
    public const int MaxTextLength = 1_000;

    /// <summary>Refuses anything but an object whose fields are all in <paramref name="allowed"/>.</summary>
    public static void RequireObject(JsonElement body, params string[] allowed)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw RequestRefusedException.BadRequest("The request body must be a JSON object.");
        }

        foreach (var property in body.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw RequestRefusedException.BadRequest(
                    $"Unknown field '{Shorten(property.Name)}'; this endpoint takes {string.Join(", ", allowed)}.");
            }
        }
    }

    public static string Text(JsonElement value, RecordLocation where, string field, int maxLength = MaxTextLength)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw RequestRefusedException.BadRequest($"{where}{field} must be a string.");
        }

        var text = value.GetString()!;
        return text.Length <= maxLength
            ? text
            : throw RequestRefusedException.BadRequest($"{where}{field} is longer than {maxLength} characters.");
    }

    /// <summary>A field name short enough to quote in a message.</summary>
    public static string Shorten(string name) => name.Length > 40 ? name[..40] + "..." : name;

    public static string RequiredText(JsonElement body, string name)
    {
        var text = OptionalText(body, name);
        return !string.IsNullOrWhiteSpace(text) ? text : throw RequestRefusedException.BadRequest($"{name} is required.");
    }

    public static string? OptionalText(JsonElement body, string name, int maxLength = MaxTextLength) =>
        body.TryGetProperty(name, out var value) ? Text(value, RecordLocation.Body, name, maxLength) : null;

    /// <summary>
    /// An optional array of whole numbers (JSON integers that fit an int64), at most
    /// <paramref name="maxItems"/>; empty when absent. Read in one pass into an exact-size array.
    /// </summary>
    public static long[] OptionalIdList(JsonElement body, string name, int maxItems) =>
        body.TryGetProperty(name, out var value) ? IdList(value, name, maxItems) : [];

    /// <summary>An array of whole numbers as <see cref="OptionalIdList"/> reads it, present.</summary>
    public static long[] IdList(JsonElement value, string name, int maxItems)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw RequestRefusedException.BadRequest($"{name} must be an array of whole numbers.");
        }

        var count = value.GetArrayLength();
        if (count > maxItems)
        {
            throw RequestRefusedException.BadRequest($"{name} holds {count} items; at most {maxItems} are allowed per request.");
        }

        var ids = new long[count];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out ids[index++]))
            {
                throw RequestRefusedException.BadRequest($"{name} must contain whole numbers only.");
            }
        }

        return ids;
    }

    public static string? OptionalNullableText(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null ? null : OptionalText(body, name);

    public static int? OptionalNullableInt(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw RequestRefusedException.BadRequest($"{name} must be a whole number or null.");
    }

    public static bool OptionalFlag(JsonElement body, string name) => OptionalFlagOrNull(body, name) ?? false;

    /// <summary>The boolean <paramref name="name"/>, or null when it is absent.</summary>
    public static bool? OptionalFlagOrNull(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return null;
        }

        // The provider shows 0/1 in one schema and booleans in its tutorial; the spec decided on booleans.
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw RequestRefusedException.BadRequest($"{name} must be true or false."),
        };
    }

    public static IReadOnlyList<string> OptionalTextList(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw RequestRefusedException.BadRequest($"{name} must be an array of strings.");
        }

        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            list.Add(Text(item, RecordLocation.Body, name + " items"));
        }

        return list;
    }
}
