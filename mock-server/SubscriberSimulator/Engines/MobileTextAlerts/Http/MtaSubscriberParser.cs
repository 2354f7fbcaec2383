using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// Type-checks one <c>INewNumber</c> object in a single pass. Wrong types, unknown fields and nulls
/// reject the whole request (400): they are malformed requests, not data problems. Whether the
/// values make sense for the account (a valid number, an existing group) is the rules' business.
/// </summary>
internal static class MtaSubscriberParser
{
    public const int MaxTextLength = 1_000;

    public static MtaSubscriberInput Parse(JsonElement element, MtaRecordLocation where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw MtaRequestException.BadRequest($"{where}the subscriber must be a JSON object.");
        }

        var input = default(MtaSubscriberInput);
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("firstName"))
            {
                input.FirstName = Text(value, where, "firstName");
            }
            else if (property.NameEquals("lastName"))
            {
                input.LastName = Text(value, where, "lastName");
            }
            else if (property.NameEquals("email"))
            {
                input.Email = Text(value, where, "email");
            }
            else if (property.NameEquals("number"))
            {
                ParseNumber(ref input, value, where);
            }
            else if (property.NameEquals("e164Number"))
            {
                input.E164Text = Text(value, where, "e164Number");
            }
            else if (property.NameEquals("groupIds"))
            {
                input.GroupIds = GroupIds(value, where);
            }
            else if (property.NameEquals("subscriberFields"))
            {
                input.SubscriberFields = SubscriberFields(value, where);
            }
            else if (property.NameEquals("employeeNumber"))
            {
                input.EmployeeNumber = Text(value, where, "employeeNumber");
            }
            else if (property.NameEquals("welcomeMessage"))
            {
                input.WelcomeMessage = Text(value, where, "welcomeMessage");
            }
            else
            {
                throw MtaRequestException.BadRequest($"{where}unknown field '{Shorten(property.Name)}'.");
            }
        }

        return input;
    }

    public static string Text(JsonElement value, MtaRecordLocation where, string field)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw MtaRequestException.BadRequest($"{where}{field} must be a string.");
        }

        var text = value.GetString()!;
        return text.Length <= MaxTextLength
            ? text
            : throw MtaRequestException.BadRequest($"{where}{field} is longer than {MaxTextLength} characters.");
    }

    public static string Shorten(string name) => name.Length > 40 ? name[..40] + "..." : name;

    private static void ParseNumber(ref MtaSubscriberInput input, JsonElement value, MtaRecordLocation where)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetInt64(out var number) && number >= 0:
                input.NumberValue = number;
                break;
            case JsonValueKind.Number:
                // The spec types a numeric phone number as a non-negative int64.
                throw MtaRequestException.BadRequest($"{where}number must be a whole, non-negative number or a string.");
            case JsonValueKind.String:
                input.NumberText = Text(value, where, "number");
                break;
            default:
                throw MtaRequestException.BadRequest($"{where}number must be a number or a string.");
        }
    }

    private static JsonElement GroupIds(JsonElement value, MtaRecordLocation where)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw MtaRequestException.BadRequest($"{where}groupIds must be an array of numbers.");
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out _))
            {
                throw MtaRequestException.BadRequest($"{where}groupIds must contain whole numbers only.");
            }
        }

        return value;
    }

    private static JsonElement SubscriberFields(JsonElement value, MtaRecordLocation where)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw MtaRequestException.BadRequest($"{where}subscriberFields must be an object of custom field ids to strings.");
        }

        foreach (var field in value.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.String)
            {
                throw MtaRequestException.BadRequest($"{where}subscriberFields values must be strings.");
            }
        }

        return value;
    }
}
