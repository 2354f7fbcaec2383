using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary><c>/v3/custom-fields</c>: create, list (unpaged, in id order), get and delete.</summary>
internal sealed class CustomFieldHandlers(MtaIds ids)
{
    public ProviderResponse Create(ProviderCall<MtaAccount> call)
    {
        var command = CreateCustomFieldCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var field = CustomFieldRules.Add(work, ids, command);
        work.Commit();
        return MtaJson.Envelope($"Created custom field {field.Name}.", field, MtaJson.WriteCustomField);
    }

    public static ProviderResponse List(ProviderCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Custom fields retrieved successfully.", call.Tenant.CustomFields, static (writer, fields) =>
            {
                writer.WriteStartArray();
                foreach (var field in fields.Values)
                {
                    MtaJson.WriteCustomField(writer, field);
                }

                writer.WriteEndArray();
            });
        }
    }

    public static ProviderResponse Get(ProviderCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Custom field retrieved successfully.", CustomFieldRules.Require(call.Tenant, call.Route["customFieldId"]), MtaJson.WriteCustomField);
        }
    }

    public ProviderResponse Delete(ProviderCall<MtaAccount> call)
    {
        using var work = call.BeginWork();
        CustomFieldRules.Delete(new StagedSubscribers(work, ids), CustomFieldRules.Require(work.Tenant, call.Route["customFieldId"]));
        work.Commit();
        return MtaJson.Envelope("Custom field deleted successfully.");
    }
}
