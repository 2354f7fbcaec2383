using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>Strict readers for the small bodies (unsubscribe, group, custom field): known fields only, right types.</summary>
internal static class MtaBodyFields
{
    public static void RequireObject(JsonElement body, params string[] allowed)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw MtaRequestException.BadRequest("The request body must be a JSON object.");
        }

        foreach (var property in body.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw MtaRequestException.BadRequest(
                    $"Unknown field '{MtaSubscriberParser.Shorten(property.Name)}'; this endpoint takes {string.Join(", ", allowed)}.");
            }
        }
    }

    public static string RequiredText(JsonElement body, string name)
    {
        var text = OptionalText(body, name);
        return !string.IsNullOrWhiteSpace(text) ? text : throw MtaRequestException.BadRequest($"{name} is required.");
    }

    public static string? OptionalText(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? MtaSubscriberParser.Text(value, MtaRecordLocation.Body, name) : null;

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
            : throw MtaRequestException.BadRequest($"{name} must be a whole number or null.");
    }

    public static bool OptionalFlag(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return false;
        }

        // The provider shows 0/1 in one schema and booleans in its tutorial; the spec decided on booleans.
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw MtaRequestException.BadRequest($"{name} must be true or false."),
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
            throw MtaRequestException.BadRequest($"{name} must be an array of strings.");
        }

        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            list.Add(MtaSubscriberParser.Text(item, MtaRecordLocation.Body, name + " items"));
        }

        return list;
    }

    public static long RequiredPhone(string? text, string name)
    {
        var verdict = Domain.MtaPhoneNumbers.Number(text ?? string.Empty);
        return verdict.Broken is { } rule ? throw MtaRequestException.BadRequest(Rules.MtaErrorMessages.Phone(name, rule)) : verdict.E164Digits;
    }
}
