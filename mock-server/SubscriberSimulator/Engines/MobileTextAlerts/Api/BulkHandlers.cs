using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api;

/// <summary>
/// <c>POST</c> and <c>PATCH /v3/subscribers/bulk</c>. The body is read once and type-checked as a
/// whole (a malformed record refuses the request and writes nothing); the records are then applied
/// in order in one unit of work, each either staged or reported in <c>errorRecords</c>, and
/// committed together. Records run as if sent one by one (<see cref="StagedSubscribers"/>), so a
/// later record that matches one written earlier in the same request updates it (or, with
/// <c>createOnly=true</c>, is "Subscriber already exists"). Updated existing subscribers count as
/// created records: the response schema has no updated list.
/// </summary>
internal sealed class BulkHandlers(MtaIds ids)
{
    public const string CreateOperation = "bulkCreateSubscribers";
    public const string UpdateOperation = "bulkUpdateSubscribers";
    private static readonly JsonEncodedText ErrorName = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText RecordName = JsonEncodedText.Encode("record");

    public ProviderResponse Create(ProviderCall<MtaAccount> call)
    {
        var command = BulkCreateCommand.FromJson(call.Body, call.Query);
        var records = command.Records;
        var results = new WriteResult[records.Length];
        using var work = call.BeginWork();
        var staged = new StagedSubscribers(work, ids, records.Length);
        var written = 0;
        for (var i = 0; i < records.Length; i++)
        {
            results[i] = UpsertRules.Upsert(staged, records[i], command.CreateOnly);
            written += results[i].Succeeded ? 1 : 0;
        }

        work.Commit();
        var summary = Summary("Created or updated", written, records.Length - written);
        return MtaJson.Envelope(summary, (account: call.Tenant, results, written, body: call.Body), static (writer, state) =>
        {
            var (account, results, written, body) = state;
            writer.WriteStartObject();
            writer.WriteNumber("totalRecordCount", results.Length);
            writer.WriteNumber("createdRecordCount", written);
            writer.WriteNumber("errorRecordCount", results.Length - written);
            writer.WriteStartArray("createdRecords");
            foreach (var result in results)
            {
                if (result.Succeeded)
                {
                    MtaJson.WriteSubscriber(writer, account, result.Subscriber!);
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray("errorRecords");
            var index = 0;
            foreach (var element in body.EnumerateArray())
            {
                var result = results[index++];
                if (!result.Succeeded)
                {
                    // The submitted record as sent, plus the error (BulkCreateSubscribers.ErrorRecord).
                    writer.WriteStartObject();
                    foreach (var property in element.EnumerateObject())
                    {
                        property.WriteTo(writer);
                    }

                    writer.WriteString(ErrorName, result.Error);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public ProviderResponse Update(ProviderCall<MtaAccount> call)
    {
        var items = BulkUpdateCommand.FromJson(call.Body).Items;
        var results = new WriteResult[items.Length];
        using var work = call.BeginWork();
        var staged = new StagedSubscribers(work, ids, items.Length);
        var written = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var existing = SubscriberRules.Find(staged, items[i], out var lookupError);
            results[i] = existing is null ? WriteResult.Failed(lookupError) : SubscriberRules.Update(staged, existing, items[i].Record);
            written += results[i].Succeeded ? 1 : 0;
        }

        work.Commit();
        var summary = Summary("Updated", written, items.Length - written);
        return MtaJson.Envelope(summary, (account: call.Tenant, items, results, written), static (writer, state) =>
        {
            var (account, items, results, written) = state;
            writer.WriteStartObject();
            writer.WriteNumber("totalRecordCount", items.Length);
            writer.WriteNumber("updatedRecordCount", written);
            writer.WriteNumber("errorRecordCount", items.Length - written);
            writer.WriteStartArray("updatedRecords");
            for (var i = 0; i < items.Length; i++)
            {
                if (results[i].Succeeded)
                {
                    writer.WriteStartObject();
                    WriteIdentifier(writer, items[i]);
                    writer.WritePropertyName(RecordName);
                    MtaJson.WriteSubscriber(writer, account, results[i].Subscriber!);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray("errorRecords");
            for (var i = 0; i < items.Length; i++)
            {
                if (!results[i].Succeeded)
                {
                    writer.WriteStartObject();
                    WriteIdentifier(writer, items[i]);
                    writer.WriteString(ErrorName, results[i].Error);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, in BulkUpdateItem item)
    {
        switch (item.Key)
        {
            case BulkUpdateKey.Id:
                writer.WriteNumber("id", item.Id);
                break;
            case BulkUpdateKey.PhoneNumber:
                writer.WriteString("phoneNumber", item.Text);
                break;
            default:
                writer.WriteString("email", item.Text);
                break;
        }
    }

    private static string Summary(string verb, int written, int errors) =>
        string.Create(CultureInfo.InvariantCulture, $"{verb} {written} subscriber(s); {errors} record(s) had errors.");
}
