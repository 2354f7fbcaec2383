using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// The single-subscriber routes: create-or-update, get, update, delete, the paged list and the
/// unpaged export. Writes
/// read their input, then, holding the account's unit of work, run the rule, commit and answer;
/// reads hold the account's lock. A record the rules refuse is a 400 here (in bulk, an error record).
/// </summary>
internal sealed class SubscriberHandlers(MtaIds ids, TimeProvider clock)
{
    public const string KeyParameter = "idOrNumberOrEmail";

    public ProviderResponse Create(ProviderCall<MtaAccount> call)
    {
        var record = SubscriberRecord.FromJson(call.Body, RecordLocation.Body);
        using var work = call.BeginWork();
        var result = UpsertRules.Upsert(new StagedSubscribers(work, ids), record, createOnly: false);
        var subscriber = Written(result);
        work.Commit();
        return MtaJson.SubscriberEnvelope(result.Created ? "Subscriber created successfully." : "Subscriber updated successfully.", call.Tenant, subscriber);
    }

    public ProviderResponse Update(ProviderCall<MtaAccount> call)
    {
        var record = SubscriberRecord.FromJson(call.Body, RecordLocation.Body);
        using var work = call.BeginWork();
        var staged = new StagedSubscribers(work, ids);
        var existing = SubscriberRules.Require(staged, call.Route[KeyParameter]);
        var subscriber = Written(SubscriberRules.Update(staged, existing, record));
        work.Commit();
        return MtaJson.SubscriberEnvelope("Subscriber updated successfully.", call.Tenant, subscriber);
    }

    public static ProviderResponse Get(ProviderCall<MtaAccount> call)
    {
        lock (call.Tenant.Gate)
        {
            var subscriber = SubscriberRules.Require(call.Tenant, call.Route[KeyParameter]);
            return MtaJson.SubscriberEnvelope("Subscriber retrieved successfully.", call.Tenant, subscriber);
        }
    }

    public static ProviderResponse Delete(ProviderCall<MtaAccount> call)
    {
        using var work = call.BeginWork();
        SubscriberRules.Delete(work, call.Route[KeyParameter]);
        work.Commit();
        return MtaJson.Envelope("Subscriber deleted successfully.");
    }

    /// <summary>Creation order, 1-based pages; <c>query</c> filters (see <see cref="SubscriberSearch"/>).</summary>
    public static ProviderResponse List(ProviderCall<MtaAccount> call)
    {
        var paging = MtaPaging.From(call.Query);
        var search = MtaQuery.SearchText(call.Query);
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Subscribers retrieved successfully.", (account: call.Tenant, paging, search), static (writer, list) =>
            {
                var (account, paging, search) = list;
                writer.WriteStartObject();
                writer.WriteStartArray("rows");
                var seen = 0;
                var end = paging.Skip + paging.PageSize;
                foreach (var subscriber in account.InCreationOrder())
                {
                    if (search.Length > 0 && !SubscriberSearch.Matches(subscriber, search))
                    {
                        continue;
                    }

                    if (paging.Includes(seen))
                    {
                        MtaJson.WriteSubscriber(writer, account, subscriber);
                    }

                    // Without a search the total is known, so a page of a large account stops early.
                    if (++seen >= end && search.Length == 0)
                    {
                        break;
                    }
                }

                writer.WriteEndArray();
                paging.WriteFooter(writer, search.Length == 0 ? account.SubscriberCount : seen);
                writer.WriteEndObject();
            });
        }
    }

    /// <summary>Every subscriber (or those <c>query</c> matches, as in the list), oldest first, in one answer.</summary>
    public ProviderResponse Export(ProviderCall<MtaAccount> call)
    {
        var search = MtaQuery.SearchText(call.Query);
        var exportedAt = MtaJson.Timestamp(clock.GetUtcNow());
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Subscribers exported successfully.", (account: call.Tenant, search, exportedAt), static (writer, export) =>
            {
                var (account, search, exportedAt) = export;
                writer.WriteStartObject();
                writer.WriteStartArray("rows");
                var total = 0;
                foreach (var subscriber in account.InCreationOrder())
                {
                    if (search.Length == 0 || SubscriberSearch.Matches(subscriber, search))
                    {
                        MtaJson.WriteSubscriber(writer, account, subscriber);
                        total++;
                    }
                }

                writer.WriteEndArray();
                writer.WriteNumber("total", total);
                writer.WriteString("exportedAt", exportedAt);
                writer.WriteEndObject();
            });
        }
    }

    /// <summary>The subscriber a single-record write stages, or its per-record error with its status (400, or the cap's 403).</summary>
    private static MtaSubscriber Written(WriteResult result) =>
        result.Subscriber ?? throw new RequestRefusedException(result.Status, result.Error!);
}
