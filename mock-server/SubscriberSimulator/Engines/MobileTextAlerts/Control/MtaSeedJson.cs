using System.Globalization;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>Turns a C# seed into the provider's record shape, so seeding goes through the same parser and rules as requests.</summary>
internal static class MtaSeedJson
{
    public static JsonObject ToJson(MtaSubscriberSeed seed)
    {
        var json = new JsonObject();
        Add(json, "number", seed.Number);
        Add(json, "e164Number", seed.E164Number);
        Add(json, "email", seed.Email);
        Add(json, "firstName", seed.FirstName);
        Add(json, "lastName", seed.LastName);
        if (seed.GroupIds is { Count: > 0 })
        {
            json["groupIds"] = new JsonArray([.. seed.GroupIds.Select(id => (JsonNode?)id)]);
        }

        if (seed.Fields is { Count: > 0 })
        {
            var fields = new JsonObject();
            foreach (var (fieldId, value) in seed.Fields)
            {
                fields[fieldId.ToString(CultureInfo.InvariantCulture)] = value;
            }

            json["subscriberFields"] = fields;
        }

        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
