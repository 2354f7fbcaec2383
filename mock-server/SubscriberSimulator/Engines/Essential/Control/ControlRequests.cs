using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Control;

/// <summary>Parsers for the /__sim/essential control bodies (snake_case, strict like the API).</summary>
internal static class ControlRequests
{
    public static (string? Sid, string? Token, List<EssentialChannelDefinition> Channels) Account(JsonElement? body)
    {
        string? sid = null, token = null;
        var channels = new List<EssentialChannelDefinition>();
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "account_sid": sid = JsonFields.OptionalString(property); break;
                case "auth_token": token = JsonFields.OptionalString(property); break;
                case "channels":
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw RequestRefusedException.BadRequest("'channels' must be an array of channel objects.");
                    }

                    foreach (var channel in property.Value.EnumerateArray())
                    {
                        channels.Add(Channel(channel));
                    }

                    break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return (sid, token, channels);
    }

    public static EssentialChannelDefinition Channel(JsonElement? body)
    {
        string? sid = null, name = null, welcome = EssentialChannelDefinition.DefaultWelcomeMessage, transportEndpoint = null;
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "sid": sid = JsonFields.OptionalString(property); break;
                case "name": name = JsonFields.OptionalString(property); break;
                case "welcome_message": welcome = JsonFields.OptionalString(property); break;
                case "transport_endpoint": transportEndpoint = JsonFields.OptionalString(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new EssentialChannelDefinition { Sid = sid, Name = JsonFields.Required(name, "name"), WelcomeMessage = welcome, TransportEndpoint = transportEndpoint };
    }

    public static (string? Sid, string Name) Tag(JsonElement? body)
    {
        string? sid = null, name = null;
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "sid": sid = JsonFields.OptionalString(property); break;
                case "name": name = JsonFields.OptionalString(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return (sid, JsonFields.Required(name, "name"));
    }

    public static EssentialWelcomeSeriesDefinition WelcomeSeries(JsonElement? body)
    {
        string? sid = null, name = null;
        int? position = null;
        bool? enabled = null;
        string[]? tags = null, items = null;
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "sid": sid = JsonFields.OptionalString(property); break;
                case "name": name = JsonFields.OptionalString(property); break;
                case "position": position = JsonFields.OptionalInt32(property); break;
                case "enabled": enabled = JsonFields.OptionalBoolean(property); break;
                case "tag_sids": tags = JsonFields.OptionalStringArray(property); break;
                case "items": items = JsonFields.OptionalStringArray(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new EssentialWelcomeSeriesDefinition
        {
            Sid = sid,
            Name = JsonFields.Required(name, "name"),
            Position = position ?? -1,
            Enabled = enabled ?? true,
            TagSids = tags ?? [],
            ItemBodies = items ?? [],
        };
    }

    public static (bool? Enabled, string[]? TagSids) WelcomeSeriesChange(JsonElement? body)
    {
        bool? enabled = null;
        string[]? tags = null;
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "enabled": enabled = JsonFields.OptionalBoolean(property); break;
                case "tag_sids": tags = JsonFields.OptionalStringArray(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return (enabled, tags);
    }

    public static EssentialWorkflowDefinition Workflow(JsonElement? body)
    {
        string? sid = null, name = null;
        bool? enabled = null;
        int? max = null;
        var conditions = new EssentialStartConditions();
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "sid": sid = JsonFields.OptionalString(property); break;
                case "name": name = JsonFields.OptionalString(property); break;
                case "enabled": enabled = JsonFields.OptionalBoolean(property); break;
                case "max_subscriber_executions": max = JsonFields.OptionalInt32(property); break;
                case "start_conditions": conditions = StartConditions(JsonFields.OptionalObject(property)); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new EssentialWorkflowDefinition
        {
            Sid = sid,
            Name = JsonFields.Required(name, "name"),
            Enabled = enabled ?? true,
            MaxSubscriberExecutions = max,
            StartConditions = conditions,
        };
    }

    public static (string PhoneNumber, EssentialCarrierKind Kind, string? Carrier) CarrierLookup(JsonElement? body)
    {
        string? phone = null, kind = null, carrier = null;
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "phone_number": phone = JsonFields.OptionalString(property); break;
                case "kind": kind = JsonFields.OptionalString(property); break;
                case "carrier": carrier = JsonFields.OptionalString(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        var parsedKind = JsonFields.Required(kind, "kind") switch
        {
            "mobile" => EssentialCarrierKind.Mobile,
            "landline" => EssentialCarrierKind.Landline,
            "unreachable" => EssentialCarrierKind.Unreachable,
            _ => throw RequestRefusedException.BadRequest("'kind' must be mobile, landline or unreachable."),
        };
        return (JsonFields.Required(phone, "phone_number"), parsedKind, carrier);
    }

    public static string PhoneNumber(JsonElement? body)
    {
        string? phone = null;
        foreach (var property in Properties(body))
        {
            switch (property.Name)
            {
                case "phone_number": phone = JsonFields.OptionalString(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return JsonFields.Required(phone, "phone_number");
    }

    private static EssentialStartConditions StartConditions(JsonElement? conditions)
    {
        if (conditions is null)
        {
            return new EssentialStartConditions();
        }

        string[] tags = [];
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in conditions.Value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "tag_sids": tags = JsonFields.OptionalStringArray(property) ?? []; break;
                case "properties":
                    if (JsonFields.OptionalObject(property) is { } values)
                    {
                        foreach (var entry in PropertyBag.FromJson("start_conditions.properties", values).Entries)
                        {
                            properties[entry.Key] = entry.Value;
                        }
                    }

                    break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new EssentialStartConditions { RequiredTagSids = tags, RequiredProperties = properties };
    }

    /// <summary>The fields of an optional object body; anything but an object is a 400.</summary>
    public static IEnumerable<JsonProperty> Properties(JsonElement? body)
    {
        if (body is null)
        {
            return [];
        }

        JsonFields.RequireObject(body.Value);
        return body.Value.EnumerateObject();
    }
}
