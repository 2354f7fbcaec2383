using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>
/// Parsers for the /__sim/mta control bodies (camelCase like the API). Fields the controls do not
/// use are ignored; a field of the wrong type or a missing required one is a 400 that names it.
/// </summary>
internal static class ControlRequests
{
    /// <summary><c>{"tenantId"?: string, "apiKey"?: string}</c>, or no body.</summary>
    public static (string? TenantId, string? ApiKey) Account(JsonElement? body)
    {
        if (body is { } element && element.ValueKind != JsonValueKind.Object)
        {
            throw RequestRefusedException.BadRequest("The body must be an object: {\"tenantId\"?: string, \"apiKey\"?: string}.");
        }

        return (OptionalString(body, "tenantId"), OptionalString(body, "apiKey"));
    }

    /// <summary><c>{"name": string}</c>: a draft group (<see cref="Rules.GroupRules.Add"/> assigns id and time).</summary>
    public static MtaGroup Group(JsonElement? body) => GroupDraft(RequiredString(body, "name"));

    /// <summary>A draft group of that name, as the C# API seeds one.</summary>
    public static MtaGroup GroupDraft(string name) => new() { Id = 0, Name = name, CreatedAt = default };

    /// <summary><c>{"name": string, "type"?: string, "options"?: [string]}</c>; the type defaults to "string".</summary>
    public static CreateCustomFieldCommand CustomField(JsonElement? body)
    {
        var options = new List<string>();
        if (body is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in list.EnumerateArray())
            {
                options.Add(option.ValueKind == JsonValueKind.String ? option.GetString()! : throw RequestRefusedException.BadRequest("options must be strings."));
            }
        }

        return new CreateCustomFieldCommand(RequiredString(body, "name"), OptionalString(body, "type") ?? "string", false, options, null);
    }

    /// <summary><c>{"number": string, "lineType": "mobile" | "landline" | "unreachable"}</c>.</summary>
    public static (string Number, MtaLineType LineType) Carrier(JsonElement? body)
    {
        var lineTypeText = RequiredString(body, "lineType");
        if (!Enum.TryParse<MtaLineType>(lineTypeText, ignoreCase: true, out var lineType) || !Enum.IsDefined(lineType))
        {
            throw RequestRefusedException.BadRequest("lineType must be 'mobile', 'landline' or 'unreachable'.");
        }

        return (RequiredString(body, "number"), lineType);
    }

    /// <summary>A JSON array of <c>INewNumber</c> records, or one record; parse errors name the record.</summary>
    public static SubscriberRecord[] Subscribers(JsonElement? body)
    {
        if (body is not { } element)
        {
            throw RequestRefusedException.BadRequest(JsonBody.RequiredMessage);
        }

        var elements = element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToArray() : [element];
        var records = new SubscriberRecord[elements.Length];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = SubscriberRecord.FromJson(elements[i], new RecordLocation(i, false));
        }

        return records;
    }

    public static string RequiredString(JsonElement? body, string name) =>
        OptionalString(body, name) is { Length: > 0 } value ? value : throw RequestRefusedException.BadRequest($"{name} is required.");

    private static string? OptionalString(JsonElement? body, string name)
    {
        if (body is not { ValueKind: JsonValueKind.Object } element || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw RequestRefusedException.BadRequest($"{name} must be a string.");
    }
}
