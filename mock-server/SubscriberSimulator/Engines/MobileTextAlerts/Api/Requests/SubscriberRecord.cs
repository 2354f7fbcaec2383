using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// One subscriber record as sent (<c>INewNumber</c>), type-checked in a single pass but not yet
/// validated against the account. A struct over the parsed document: <see cref="GroupIds"/> and
/// <see cref="SubscriberFields"/> stay as <see cref="JsonElement"/> views so a bulk request allocates
/// nothing per record but the strings it keeps. Empty strings, a 0 number and absent fields all
/// mean "not given". Wrong types, unknown fields and nulls refuse the whole request (400): they are
/// malformed requests, not data problems. Whether the values make sense for the account (a valid
/// number, an existing group) is the rules' business.
/// </summary>
internal struct SubscriberRecord
{
    public string? FirstName;
    public string? LastName;
    public string? Email;
    public string? EmployeeNumber;
    public string? WelcomeMessage;

    /// <summary>The <c>number</c> field when it was a JSON number (0 when absent).</summary>
    public long NumberValue;

    /// <summary>The <c>number</c> field when it was a JSON string.</summary>
    public string? NumberText;

    public string? E164Text;

    /// <summary>An array of integers, or <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement GroupIds;

    /// <summary>An object of string values, or <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement SubscriberFields;

    public readonly bool HasEmailInput => !string.IsNullOrWhiteSpace(Email);

    /// <summary>Reads one record; <paramref name="where"/> prefixes error messages in bulk bodies.</summary>
    public static SubscriberRecord FromJson(JsonElement element, RecordLocation where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw RequestRefusedException.BadRequest($"{where}the subscriber must be a JSON object.");
        }

        var record = default(SubscriberRecord);
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("firstName"))
            {
                record.FirstName = JsonFields.Text(value, where, "firstName");
            }
            else if (property.NameEquals("lastName"))
            {
                record.LastName = JsonFields.Text(value, where, "lastName");
            }
            else if (property.NameEquals("email"))
            {
                record.Email = JsonFields.Text(value, where, "email");
            }
            else if (property.NameEquals("number"))
            {
                ReadNumber(ref record, value, where);
            }
            else if (property.NameEquals("e164Number"))
            {
                record.E164Text = JsonFields.Text(value, where, "e164Number");
            }
            else if (property.NameEquals("groupIds"))
            {
                record.GroupIds = GroupIdList(value, where);
            }
            else if (property.NameEquals("subscriberFields"))
            {
                record.SubscriberFields = FieldValues(value, where);
            }
            else if (property.NameEquals("employeeNumber"))
            {
                record.EmployeeNumber = JsonFields.Text(value, where, "employeeNumber");
            }
            else if (property.NameEquals("welcomeMessage"))
            {
                record.WelcomeMessage = JsonFields.Text(value, where, "welcomeMessage");
            }
            else
            {
                throw RequestRefusedException.BadRequest($"{where}unknown field '{JsonFields.Shorten(property.Name)}'.");
            }
        }

        return record;
    }

    private static void ReadNumber(ref SubscriberRecord record, JsonElement value, RecordLocation where)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetInt64(out var number) && number >= 0:
                record.NumberValue = number;
                break;
            case JsonValueKind.Number:
                // The spec types a numeric phone number as a non-negative int64.
                throw RequestRefusedException.BadRequest($"{where}number must be a whole, non-negative number or a string.");
            case JsonValueKind.String:
                record.NumberText = JsonFields.Text(value, where, "number");
                break;
            default:
                throw RequestRefusedException.BadRequest($"{where}number must be a number or a string.");
        }
    }

    private static JsonElement GroupIdList(JsonElement value, RecordLocation where)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw RequestRefusedException.BadRequest($"{where}groupIds must be an array of numbers.");
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out _))
            {
                throw RequestRefusedException.BadRequest($"{where}groupIds must contain whole numbers only.");
            }
        }

        return value;
    }

    private static JsonElement FieldValues(JsonElement value, RecordLocation where)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw RequestRefusedException.BadRequest($"{where}subscriberFields must be an object of custom field ids to strings.");
        }

        foreach (var field in value.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.String)
            {
                throw RequestRefusedException.BadRequest($"{where}subscriberFields values must be strings.");
            }
        }

        return value;
    }
}
