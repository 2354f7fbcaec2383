using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;

namespace SubscriberSimulator.Engines.MobileTextAlerts.State;

/// <summary>Reads the engine's section of the state file; the whole section is checked before anything is replaced.</summary>
internal static class MtaStateReader
{
    public static (IReadOnlyList<MtaAccount> Accounts, long[] Ids) Read(JsonNode state)
    {
        var version = state["version"]?.GetValue<int>();
        if (version != MtaStateWriter.Version)
        {
            throw new InvalidDataException($"The Mobile Text Alerts state has version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}; this simulator reads version {MtaStateWriter.Version}.");
        }

        var ids = Array(state, "ids").Select(node => Value<long>(node, "ids")).ToArray();
        var accounts = new List<MtaAccount>();
        foreach (var node in Array(state, "accounts"))
        {
            accounts.Add(ReadAccount(node ?? throw Invalid("accounts")));
        }

        return (accounts, ids);
    }

    private static MtaAccount ReadAccount(JsonNode node)
    {
        var account = new MtaAccount(Text(node, "tenantId"), Text(node, "apiKey"))
        {
            FailSends = node["sendFailure"]?.GetValue<bool>() ?? false,
        };
        foreach (var groupNode in Array(node, "groups"))
        {
            var group = groupNode ?? throw Invalid("groups");
            var value = new MtaGroup
            {
                Id = Value<int>(group["id"], "group id"),
                Name = Text(group, "name"),
                DisplayName = group["displayName"]?.GetValue<string>(),
                Description = group["description"]?.GetValue<string>(),
                Hidden = group["hidden"]?.GetValue<bool>() ?? false,
                SortOrder = group["sortOrder"]?.GetValue<int>(),
                IsTemporary = group["isTemporary"]?.GetValue<bool>() ?? false,
                Keyword = group["keyword"]?.GetValue<string>(),
                WelcomeMessage = group["welcomeMessage"]?.GetValue<string>(),
                CreatedAt = Value<DateTimeOffset>(group["createdAt"], "group createdAt"),
            };
            account.Groups[value.Id] = value;
        }

        foreach (var fieldNode in Array(node, "customFields"))
        {
            var field = fieldNode ?? throw Invalid("customFields");
            var options = Array(field, "options").Select(option => Value<string>(option, "custom field option")).ToList();
            var value = new MtaCustomField(
                Value<int>(field["id"], "custom field id"), Text(field, "name"), Text(field, "type"), field["hidden"]?.GetValue<bool>() ?? false,
                options, field["format"]?.GetValue<string>(), Value<DateTimeOffset>(field["createdAt"], "custom field createdAt"));
            account.CustomFields[value.Id] = value;
        }

        foreach (var entry in Array(node, "lineTypes"))
        {
            account.LineTypes[Value<long>(entry!["phone"], "line type phone")] = Enum.Parse<MtaLineType>(Text(entry, "lineType"), ignoreCase: true);
        }

        foreach (var entry in Array(node, "unsubscribes"))
        {
            var value = new MtaUnsubscribe(Value<long>(entry!["id"], "unsubscribe id"), Value<long>(entry["phone"], "unsubscribe phone"), Value<DateTimeOffset>(entry["date"], "unsubscribe date"));
            account.UnsubscribesByPhone[value.PhoneDigits] = value;
        }

        foreach (var entry in Array(node, "subscribers"))
        {
            account.Put(null, ReadSubscriber(entry ?? throw Invalid("subscribers")));
        }

        return account;
    }

    private static MtaSubscriber ReadSubscriber(JsonNode node) => new()
    {
        Id = Value<long>(node["id"], "subscriber id"),
        FirstName = node["firstName"]?.GetValue<string>() ?? string.Empty,
        LastName = node["lastName"]?.GetValue<string>() ?? string.Empty,
        Email = node["email"]?.GetValue<string>(),
        PhoneDigits = node["phone"]?.GetValue<long>() ?? 0,
        EmployeeNumber = node["employeeNumber"]?.GetValue<string>(),
        CreatedUtcTicks = Value<long>(node["createdTicks"], "subscriber createdTicks"),
        CarrierId = node["carrierId"]?.GetValue<int>() ?? 0,
        SignupMethod = node["signupMethod"]?.GetValue<int>() ?? MtaSignupMethods.Api,
        Groups = [.. Array(node, "groups").Select(pair => new MtaGroupMembership(Value<int>(pair![0], "membership"), Value<long>(pair[1], "membership")))],
        Fields = [.. Array(node, "fields").Select(triple => new MtaFieldValue(Value<long>(triple![0], "field value"), Value<int>(triple[1], "field value"), Value<string>(triple[2], "field value")))],
    };

    private static JsonArray Array(JsonNode node, string name) => node[name] as JsonArray ?? [];

    private static string Text(JsonNode node, string name) => Value<string>(node[name], name);

    private static T Value<T>(JsonNode? node, string what) =>
        node is null ? throw Invalid(what) : node.GetValue<T>();

    private static InvalidDataException Invalid(string what) => new($"The Mobile Text Alerts state has a missing or invalid '{what}'.");
}
