using System.Text.Json.Nodes;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.State;

/// <summary>Writes every account to the engine's section of the state file (read back by <see cref="MtaStateReader"/>).</summary>
internal static class MtaStateWriter
{
    public const int Version = 1;

    public static JsonObject Export(MtaAccountRegistry accounts, MtaIdGenerator ids)
    {
        var list = new JsonArray();
        foreach (var account in accounts.All())
        {
            lock (account.Gate)
            {
                list.Add(ExportAccount(account));
            }
        }

        var counters = new JsonArray();
        foreach (var value in ids.Export())
        {
            counters.Add(value);
        }

        return new JsonObject { ["version"] = Version, ["ids"] = counters, ["accounts"] = list };
    }

    private static JsonObject ExportAccount(MtaAccount account)
    {
        var groups = new JsonArray();
        foreach (var group in account.Groups.Values)
        {
            groups.Add(new JsonObject
            {
                ["id"] = group.Id, ["name"] = group.Name, ["displayName"] = group.DisplayName,
                ["description"] = group.Description, ["hidden"] = group.Hidden, ["sortOrder"] = group.SortOrder,
                ["isTemporary"] = group.IsTemporary, ["keyword"] = group.Keyword, ["welcomeMessage"] = group.WelcomeMessage,
                ["createdAt"] = group.CreatedAt,
            });
        }

        var fields = new JsonArray();
        foreach (var field in account.CustomFields.Values)
        {
            fields.Add(new JsonObject
            {
                ["id"] = field.Id, ["name"] = field.Name, ["type"] = field.Type, ["hidden"] = field.Hidden,
                ["options"] = new JsonArray([.. field.Options.Select(option => (JsonNode?)option)]),
                ["format"] = field.Format, ["createdAt"] = field.CreatedAt,
            });
        }

        var lineTypes = new JsonArray();
        foreach (var (phone, lineType) in account.LineTypes)
        {
            lineTypes.Add(new JsonObject { ["phone"] = phone, ["lineType"] = lineType.ToString() });
        }

        var unsubscribes = new JsonArray();
        foreach (var entry in account.UnsubscribesByPhone.Values)
        {
            unsubscribes.Add(new JsonObject { ["id"] = entry.Id, ["phone"] = entry.PhoneDigits, ["date"] = entry.Date });
        }

        var subscribers = new JsonArray();
        foreach (var subscriber in account.InCreationOrder())
        {
            subscribers.Add(ExportSubscriber(subscriber));
        }

        return new JsonObject
        {
            ["tenantId"] = account.TenantId,
            ["apiKey"] = account.ApiKey,
            ["sendFailure"] = account.FailSends,
            ["groups"] = groups,
            ["customFields"] = fields,
            ["lineTypes"] = lineTypes,
            ["unsubscribes"] = unsubscribes,
            ["subscribers"] = subscribers,
        };
    }

    private static JsonObject ExportSubscriber(MtaSubscriber subscriber)
    {
        var groups = new JsonArray();
        foreach (var membership in subscriber.Groups)
        {
            groups.Add(new JsonArray(membership.GroupId, membership.AddedAtUtcTicks));
        }

        var fields = new JsonArray();
        foreach (var value in subscriber.Fields)
        {
            fields.Add(new JsonArray(value.Id, value.FieldId, value.Data));
        }

        return new JsonObject
        {
            ["id"] = subscriber.Id,
            ["firstName"] = subscriber.FirstName,
            ["lastName"] = subscriber.LastName,
            ["email"] = subscriber.Email,
            ["phone"] = subscriber.PhoneDigits,
            ["employeeNumber"] = subscriber.EmployeeNumber,
            ["createdTicks"] = subscriber.CreatedUtcTicks,
            ["carrierId"] = subscriber.CarrierId,
            ["signupMethod"] = subscriber.SignupMethod,
            ["groups"] = groups,
            ["fields"] = fields,
        };
    }
}
