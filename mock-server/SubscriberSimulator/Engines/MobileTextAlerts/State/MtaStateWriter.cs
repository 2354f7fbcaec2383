using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Api;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.State;

/// <summary>
/// Writes one account's data (read back by <see cref="MtaStateReader"/>) from a snapshot taken under
/// the account's lock. Groups and custom fields are stored as the API shows them (times to the
/// millisecond, as the API gives them); subscribers compactly, with every field the API hides.
/// </summary>
internal static class MtaStateWriter
{
    public static void WriteAccount(Utf8JsonWriter writer, MtaAccountSnapshot account)
    {
        writer.WriteStartObject();
        MtaJson.WriteArray(writer, "groups", account.Groups, MtaJson.WriteGroup);
        MtaJson.WriteArray(writer, "customFields", account.CustomFields, MtaJson.WriteCustomField);
        writer.WriteStartArray("lineTypes");
        foreach (var (phone, lineType) in account.LineTypes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("phone", phone);
            writer.WriteString("lineType", lineType.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unsubscribes");
        foreach (var entry in account.Unsubscribes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", entry.Id);
            writer.WriteNumber("phone", entry.PhoneDigits);
            writer.WriteString("date", entry.Date);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("subscribers");
        foreach (var subscriber in account.Subscribers)
        {
            WriteSubscriber(writer, subscriber);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSubscriber(Utf8JsonWriter writer, MtaSubscriber subscriber)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", subscriber.Id);
        writer.WriteString("firstName", subscriber.FirstName);
        writer.WriteString("lastName", subscriber.LastName);
        writer.WriteString("email", subscriber.Email);
        writer.WriteNumber("phone", subscriber.PhoneDigits);
        writer.WriteString("employeeNumber", subscriber.EmployeeNumber);
        writer.WriteNumber("createdTicks", subscriber.CreatedUtcTicks);
        writer.WriteNumber("carrierId", subscriber.CarrierId);
        writer.WriteNumber("signupMethod", subscriber.SignupMethod);

        // Compact pairs and triples: a state file of a million subscribers stays small.
        writer.WriteStartArray("groups");
        foreach (var membership in subscriber.Groups)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(membership.GroupId);
            writer.WriteNumberValue(membership.AddedAtUtcTicks);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("fields");
        foreach (var value in subscriber.Fields)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Id);
            writer.WriteNumberValue(value.FieldId);
            writer.WriteStringValue(value.Data);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
