using System.Text.Json;
using SubscriberSimulator.Core.Control;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>
/// Mobile Text Alerts' part of /__sim/mta: accounts (POST /tenants), catalogue and carrier seeding,
/// subscriber seeding and the full record listing (every stored record, unpaged, so import tests
/// can count records per number), the unsubscribe list and the STOP reply. Controls send nothing
/// except the STOP reply, a consent action that sends the opt-out confirmation.
/// </summary>
internal sealed class MtaControls(MtaIds ids) : IEngineControls<MtaAccount>
{
    private const string Account = ControlRoutes<MtaAccount>.TenantPath;

    public void Map(ControlRoutes<MtaAccount> routes) => routes
        .Post(Account + "/groups", AddGroup)
        .Post(Account + "/custom-fields", AddCustomField)
        .Post(Account + "/carriers", SetCarrier)
        .Post(Account + "/subscribers", SeedSubscribers)
        .Get(Account + "/subscribers", ListSubscribers)
        .Get(Account + "/unsubscribes", ListUnsubscribes)
        .Post(Account + "/stop-reply", StopReply);

    /// <summary>Body <c>{"tenantId"?, "apiKey"?}</c>: 201 with both and the API's base path.</summary>
    public ProviderResponse CreateTenant(ControlCall<MtaAccount> call)
    {
        var (tenantId, apiKey) = ControlRequests.Account(call.Body);
        var created = AccountRules.Create(call.Tenants, ids, tenantId, apiKey);
        return JsonResponse.Create(201, created, static (writer, account) =>
        {
            writer.WriteStartObject();
            writer.WriteString("tenantId", account.TenantId);
            writer.WriteString("apiKey", account.ApiKey);
            writer.WriteString("basePath", MobileTextAlertsEngine.Prefix + "/v3");
            writer.WriteEndObject();
        });
    }

    public void WriteSummary(Utf8JsonWriter writer, MtaAccount tenant) => MtaAccountDescription.WriteSummary(writer, tenant);

    public void WriteDescription(Utf8JsonWriter writer, MtaAccount tenant) => MtaAccountDescription.Write(writer, tenant);

    /// <summary>Every record of the account, oldest first, as the API writes them; the caller holds the account's lock.</summary>
    public static void WriteSubscribers(Utf8JsonWriter writer, MtaAccount account, IReadOnlyCollection<MtaSubscriber> subscribers)
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", subscribers.Count);
        writer.WriteStartArray("subscribers");
        foreach (var subscriber in subscribers)
        {
            MtaJson.WriteSubscriber(writer, account, subscriber);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private ProviderResponse AddGroup(ControlCall<MtaAccount> call)
    {
        var draft = ControlRequests.Group(call.Body);
        using var work = call.BeginWork();
        var group = GroupRules.Add(work, ids, draft);
        work.Commit();
        return JsonResponse.Create(200, group, MtaJson.WriteGroup);
    }

    private ProviderResponse AddCustomField(ControlCall<MtaAccount> call)
    {
        var command = ControlRequests.CustomField(call.Body);
        using var work = call.BeginWork();
        var field = CustomFieldRules.Add(work, ids, command);
        work.Commit();
        return JsonResponse.Create(200, field, MtaJson.WriteCustomField);
    }

    private static ProviderResponse SetCarrier(ControlCall<MtaAccount> call)
    {
        var (number, lineType) = ControlRequests.Carrier(call.Body);
        var phone = MtaPhoneNumbers.Require(number, "number");
        using var work = call.BeginWork();
        CarrierRules.SetLineType(work, phone, lineType);
        work.Commit();
        return JsonResponse.Create(200, lineType, static (writer, lineType) =>
        {
            writer.WriteStartObject();
            writer.WriteString("lineType", MtaAccountDescription.LineTypeText(lineType));
            writer.WriteEndObject();
        });
    }

    private ProviderResponse SeedSubscribers(ControlCall<MtaAccount> call)
    {
        var records = ControlRequests.Subscribers(call.Body);
        using var work = call.BeginWork();
        var stored = UpsertRules.Seed(new StagedSubscribers(work, ids, records.Length), records);
        work.Commit();
        return JsonResponse.Create(200, (call.Tenant, stored), static (writer, state) => WriteSubscribers(writer, state.Tenant, state.stored));
    }

    private static ProviderResponse ListSubscribers(ControlCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            var account = call.Tenant;
            return JsonResponse.Create(200, account, static (writer, account) => WriteSubscribers(writer, account, account.InCreationOrder().ToList()));
        }
    }

    private static ProviderResponse ListUnsubscribes(ControlCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            return JsonResponse.Create(200, UnsubscribeRules.InOrder(call.Tenant), static (writer, entries) =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("total", entries.Count);
                writer.WriteStartArray("unsubscribes");
                foreach (var entry in entries)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("id", entry.Id);
                    writer.WriteString("number", entry.E164);
                    writer.WriteString("date", MtaJson.Timestamp(entry.Date));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
    }

    private ProviderResponse StopReply(ControlCall<MtaAccount> call)
    {
        var phone = MtaPhoneNumbers.Require(ControlRequests.RequiredString(call.Body, "number"), "number");
        using var work = call.BeginWork();
        var added = UnsubscribeRules.StopReply(work, ids, phone);
        work.Commit();
        return JsonResponse.Create(200, added, static (writer, added) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("unsubscribed", true);
            writer.WriteBoolean("alreadyUnsubscribed", !added);
            writer.WriteEndObject();
        });
    }
}
