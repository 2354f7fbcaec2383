using System.Text.Json;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.State;

/// <summary>
/// Reads a company's users, custom attribute names, custom events and bulk jobs back from the state
/// file (the shapes <see cref="Control.AttentiveUserDescription"/> writes). Each section is optional,
/// so a state file saved before these existed still loads; what is there must be whole and consistent.
/// </summary>
internal static class AttentiveUserStateReader
{
    public static void Read(AttentiveCompany company, JsonElement element)
    {
        foreach (var item in Items(element, "users"))
        {
            if (!company.Users.TryRestore(ReadUser(item)))
            {
                throw new FormatException("a user appears twice, has no identifier, or shares one with another user");
            }
        }

        company.Users.LastNumber = element.TryGetProperty("lastUserNumber", out var last) ? last.GetInt64() : company.Users.Count;
        foreach (var item in Items(element, "customAttributes"))
        {
            var definition = ReadCustomAttribute(item);
            if (!company.CustomAttributes.TryAdd(definition.Name, definition))
            {
                throw new FormatException($"the custom attribute '{definition.Name}' appears twice");
            }
        }

        foreach (var item in Items(element, "customEvents"))
        {
            company.CustomEvents.Add(ReadEvent(item));
        }

        foreach (var item in Items(element, "bulkJobs"))
        {
            var job = ReadBulkJob(item);
            if (!company.BulkJobs.TryAdd(job.Id, job))
            {
                throw new FormatException("a bulk job appears twice");
            }
        }
    }

    private static AttentiveUser ReadUser(JsonElement item)
    {
        var identifiers = new List<UserIdentifier>();
        foreach (var identifier in item.GetProperty("identifiers").EnumerateArray())
        {
            if (!WireNames.TryParseIdentifierKind(Str(identifier, "kind"), out var kind))
            {
                throw new FormatException("a user identifier has an unknown kind");
            }

            var value = Str(identifier, "value");
            identifiers.Add(kind switch
            {
                UserIdentifierKind.Phone => UserIdentifier.Phone(ContactIdentifiers.RequireKey(AttentiveChannel.Text, value, "a user's phone")),
                UserIdentifierKind.Email => UserIdentifier.Email(ContactIdentifiers.RequireKey(AttentiveChannel.Email, value, "a user's email")),
                UserIdentifierKind.Custom => UserIdentifier.Custom(Str(identifier, "name"), value),
                _ => new UserIdentifier(kind, string.Empty, value),
            });
        }

        return new AttentiveUser(Str(item, "id"), identifiers, Values(item.GetProperty("customAttributes")), Values(item.GetProperty("profile")));
    }

    private static Dictionary<string, AttributeValue> Values(JsonElement map)
    {
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            values[property.Name] = AttributeValue.FromJson(property.Value) ?? throw new FormatException("an attribute value is not a string, number or boolean");
        }

        return values;
    }

    private static CustomAttributeDefinition ReadCustomAttribute(JsonElement item)
    {
        if (!WireNames.TryParseAttributeType(Str(item, "type"), out var type))
        {
            throw new FormatException("a custom attribute has an unknown type");
        }

        var values = item.TryGetProperty("values", out var array)
            ? array.EnumerateArray().Select(value => value.GetString() ?? throw new FormatException("a custom attribute value is null")).ToArray()
            : null;
        return new CustomAttributeDefinition(Str(item, "name"), type, values);
    }

    private static AttentiveCustomEvent ReadEvent(JsonElement item) => new(
        Str(item, "userId"),
        Str(item, "type"),
        item.TryGetProperty("externalEventId", out var externalId) ? externalId.GetString() : null,
        item.GetProperty("occurredAt").GetDateTimeOffset(),
        item.GetProperty("recordedAt").GetDateTimeOffset(),
        item.GetProperty("triggersJourneys").GetBoolean(),
        item.TryGetProperty("properties", out var properties) ? properties.GetRawText() : null);

    private static AttentiveBulkJob ReadBulkJob(JsonElement item) =>
        WireNames.TryParseJobStatus(Str(item, "status"), out var status)
            ? new AttentiveBulkJob(Str(item, "id"), item.GetProperty("submittedAt").GetDateTimeOffset(), item.GetProperty("totalRecords").GetInt32(), status)
            : throw new FormatException("a bulk job has an unknown status");

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray() : [];

    private static string Str(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' must not be null");
}
