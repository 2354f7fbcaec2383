using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary><c>/v3/unsubscribes</c>: create one opt-out or many, read a number's status, list the opt-outs.</summary>
internal sealed class UnsubscribeHandlers(MtaIds ids)
{
    public const string BulkCreateOperation = "bulkCreateUnsubscribes";

    public ProviderResponse Create(ProviderCall<MtaAccount> call)
    {
        var command = UnsubscribeCommand.FromJson(call.Body);
        var phone = MtaPhoneNumbers.Require(command.Number, "number");
        using var work = call.BeginWork();
        UnsubscribeRules.Add(work, ids, phone);
        work.Commit();
        return MtaJson.Envelope("Number unsubscribed.");
    }

    /// <summary>Up to 1,000 numbers; a malformed one is an error record (echoed as sent), the rest go on the list together.</summary>
    public ProviderResponse BulkCreate(ProviderCall<MtaAccount> call)
    {
        var numbers = BulkUnsubscribeCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var errors = UnsubscribeRules.AddMany(work, ids, numbers);
        work.Commit();
        var failed = errors.Count(error => error is not null);
        var unsubscribed = numbers.Length - failed;
        var message = string.Create(CultureInfo.InvariantCulture, $"Unsubscribed {unsubscribed} {(unsubscribed == 1 ? "number" : "numbers")}.");
        return MtaJson.Envelope(message, (numbers, errors, failed), static (writer, state) =>
        {
            var (numbers, errors, failed) = state;
            writer.WriteStartObject();
            writer.WriteNumber("totalRecordCount", numbers.Length);
            writer.WriteNumber("unsubscribedRecordCount", numbers.Length - failed);
            writer.WriteNumber("errorRecordCount", failed);
            writer.WriteStartArray("errorRecords");
            for (var i = 0; i < numbers.Length; i++)
            {
                if (errors[i] is { } error)
                {
                    writer.WriteStartObject();
                    writer.WriteString("number", numbers[i]);
                    writer.WriteString("error", error);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public static ProviderResponse GetStatus(ProviderCall<MtaAccount> call)
    {
        var phone = MtaPhoneNumbers.Require(call.Route["number"], "number");
        bool unsubscribed;
        lock (call.Tenant.Gate)
        {
            unsubscribed = call.Tenant.IsUnsubscribed(phone);
        }

        return MtaJson.Envelope(unsubscribed ? "The number is unsubscribed." : "The number is not unsubscribed.", unsubscribed, static (writer, unsubscribed) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("unsubscribed", unsubscribed);
            writer.WriteEndObject();
        });
    }

    /// <summary>Oldest first, 1-based pages; <c>query</c> matches the number's digits.</summary>
    public static ProviderResponse List(ProviderCall<MtaAccount> call)
    {
        var paging = MtaPaging.From(call.Query);
        var search = MtaQuery.SearchText(call.Query).TrimStart('+');
        lock (call.Tenant.Gate)
        {
            return MtaJson.Envelope("Unsubscribes retrieved successfully.", (account: call.Tenant, paging, search), static (writer, list) =>
            {
                var (account, paging, search) = list;
                writer.WriteStartObject();
                writer.WriteStartArray("rows");
                var total = 0;
                foreach (var entry in UnsubscribeRules.InOrder(account))
                {
                    if (search.Length > 0 && !entry.PhoneDigits.ToString(CultureInfo.InvariantCulture).Contains(search, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (paging.Includes(total))
                    {
                        WriteRow(writer, account, entry);
                    }

                    total++;
                }

                writer.WriteEndArray();
                paging.WriteFooter(writer, total);
                writer.WriteEndObject();
            });
        }
    }

    private static void WriteRow(System.Text.Json.Utf8JsonWriter writer, MtaAccount account, MtaUnsubscribe entry)
    {
        var subscriber = account.FindByPhone(entry.PhoneDigits);
        writer.WriteStartObject();
        writer.WriteNumber("id", entry.Id);
        writer.WriteString("name", subscriber is null ? string.Empty : (subscriber.FirstName + " " + subscriber.LastName).Trim());
        writer.WriteString("number", entry.E164);
        writer.WriteString("email", subscriber?.Email ?? string.Empty);
        writer.WriteString("date", MtaJson.Timestamp(entry.Date));
        writer.WriteEndObject();
    }
}
