using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Api;
using SubscriberSimulator.Engines.Attentive.Control;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.State;

/// <summary>
/// Writes one company, whole, into the state file's Attentive section; the caller holds the
/// company's lock. Its parts keep the shapes the API and the controls use (and are read back with
/// the same parsers), so the state file cannot drift from them.
/// </summary>
internal static class AttentiveStateWriter
{
    public static void WriteCompany(Utf8JsonWriter writer, AttentiveCompany company)
    {
        writer.WriteStartObject();
        AttentiveJson.WriteCompany(writer, company);

        // The token values again beside their scopes: a grant belongs to a token, and the envelope's
        // credentials are the kit's (the reader cannot see them). Oldest first, so ids come back the same.
        AttentiveCompanyDescription.WriteTokens(writer, company, includeSecret: true);
        AttentiveCompanyDescription.WriteSignUpUnits(writer, company);
        WriteContacts(writer, "phones", company.Phones);
        WriteContacts(writer, "emails", company.Emails);
        writer.WriteNumber("lastUserNumber", company.Users.LastNumber);
        WriteAll(writer, "users", company.Users.All, static (writer, user) => AttentiveUserDescription.WriteUser(writer, user));
        WriteAll(writer, "customAttributes", company.CustomAttributes.Values, AttentiveUserDescription.WriteCustomAttribute);
        WriteAll(writer, "customEvents", company.CustomEvents.All, AttentiveUserDescription.WriteEvent);
        WriteAll(writer, "bulkJobs", company.BulkJobs.Values, AttentiveUserDescription.WriteBulkJob);
        writer.WriteEndObject();
    }

    private static void WriteAll<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteContacts(Utf8JsonWriter writer, string name, Dictionary<string, AttentiveContact> contacts)
    {
        writer.WriteStartArray(name);
        foreach (var contact in contacts.Values)
        {
            writer.WriteStartObject();
            writer.WriteString("id", contact.Identifier);
            writer.WriteStartObject("subscriptions");
            foreach (var type in SubscriptionTypes.All)
            {
                var state = contact.Get(type);
                if (state != AttentiveSubscriptionState.None)
                {
                    writer.WriteString(WireNames.Of(type), WireNames.Of(state));
                }
            }

            writer.WriteEndObject();
            if (contact.ExternalIdentifiers is { } external)
            {
                AttentiveJson.WriteExternalIdentifiers(writer, external);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
