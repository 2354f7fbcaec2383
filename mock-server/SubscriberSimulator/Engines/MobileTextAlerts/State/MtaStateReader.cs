using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.State;

/// <summary>Reads one account back from the state file; throws on anything missing or of the wrong type.</summary>
internal static class MtaStateReader
{
    public static MtaAccount ReadAccount(string tenantId, JsonElement state)
    {
        var account = new MtaAccount(tenantId);
        foreach (var group in state.GetProperty("groups").EnumerateArray())
        {
            var value = ReadGroup(group);
            account.Groups.Add(value.Id, value);
        }

        foreach (var field in state.GetProperty("customFields").EnumerateArray())
        {
            var value = ReadCustomField(field);
            account.CustomFields.Add(value.Id, value);
        }

        foreach (var entry in state.GetProperty("lineTypes").EnumerateArray())
        {
            account.LineTypes.Add(entry.GetProperty("phone").GetInt64(), Enum.Parse<MtaLineType>(Str(entry, "lineType")));
        }

        foreach (var entry in state.GetProperty("unsubscribes").EnumerateArray())
        {
            var value = new MtaUnsubscribe(entry.GetProperty("id").GetInt64(), entry.GetProperty("phone").GetInt64(), entry.GetProperty("date").GetDateTimeOffset());
            account.UnsubscribesByPhone.Add(value.PhoneDigits, value);
        }

        foreach (var element in state.GetProperty("subscribers").EnumerateArray())
        {
            var subscriber = ReadSubscriber(element);
            if (account.FindById(subscriber.Id) is not null || account.FindByPhone(subscriber.PhoneDigits) is not null || account.FindByEmail(subscriber.Email) is not null)
            {
                throw new FormatException($"subscriber {subscriber.Id} repeats the id, number or email of another subscriber of '{tenantId}'");
            }

            account.Put(null, subscriber);
        }

        return account;
    }

    private static MtaGroup ReadGroup(JsonElement group)
    {
        var sortOrder = group.GetProperty("sortOrder");
        return new MtaGroup
        {
            Id = group.GetProperty("id").GetInt32(),
            Name = Str(group, "name"),
            DisplayName = NullableStr(group, "displayName"),
            Description = NullableStr(group, "description"),
            Hidden = group.GetProperty("hidden").GetBoolean(),
            SortOrder = sortOrder.ValueKind == JsonValueKind.Null ? null : sortOrder.GetInt32(),
            IsTemporary = group.GetProperty("isTemporary").GetBoolean(),
            Keyword = NullableStr(group, "keyword"),
            WelcomeMessage = NullableStr(group, "welcomeMessage"),
            CreatedAt = group.GetProperty("createdAt").GetDateTimeOffset(),
        };
    }

    private static MtaCustomField ReadCustomField(JsonElement field) => new(
        field.GetProperty("id").GetInt32(),
        Str(field, "name"),
        Str(field, "type"),
        field.GetProperty("hidden").GetBoolean(),
        [.. field.GetProperty("options").EnumerateArray().Select(option => option.GetString() ?? throw new FormatException("a custom field option is null"))],
        NullableStr(field, "format"),
        field.GetProperty("created").GetDateTimeOffset());

    private static MtaSubscriber ReadSubscriber(JsonElement subscriber) => new()
    {
        Id = subscriber.GetProperty("id").GetInt64(),
        FirstName = Str(subscriber, "firstName"),
        LastName = Str(subscriber, "lastName"),
        Email = NullableStr(subscriber, "email"),
        PhoneDigits = subscriber.GetProperty("phone").GetInt64(),
        EmployeeNumber = NullableStr(subscriber, "employeeNumber"),
        CreatedUtcTicks = subscriber.GetProperty("createdTicks").GetInt64(),
        CarrierId = subscriber.GetProperty("carrierId").GetInt32(),
        SignupMethod = subscriber.GetProperty("signupMethod").GetInt32(),
        Groups = [.. subscriber.GetProperty("groups").EnumerateArray().Select(pair => new MtaGroupMembership(pair[0].GetInt32(), pair[1].GetInt64()))],
        Fields = [.. subscriber.GetProperty("fields").EnumerateArray().Select(triple => new MtaFieldValue(triple[0].GetInt64(), triple[1].GetInt32(), triple[2].GetString() ?? throw new FormatException("a custom field value is null")))],
    };

    private static string Str(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");

    private static string? NullableStr(JsonElement element, string name) => element.GetProperty(name).GetString();
}
