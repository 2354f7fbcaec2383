using System.Globalization;
using System.Text.Json;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// <c>POST</c> and <c>PATCH /v3/subscribers/bulk</c>. The body is parsed once and type-checked as
/// a whole (a malformed record rejects the request and writes nothing); records are then applied
/// in order under one lock acquisition, each either written or reported in <c>errorRecords</c>.
/// Records are applied as if sent one by one, so a later record that matches one written earlier
/// in the same request updates it (or, with <c>createOnly=true</c>, is "Subscriber already exists").
/// Updated existing subscribers count as created records: the response schema has no updated list.
/// </summary>
internal sealed class MtaBulkEndpoints
{
    public const string BulkCreateOperation = "bulkCreateSubscribers";
    public const string BulkUpdateOperation = "bulkUpdateSubscribers";
    private const string Bucket = RateLimitDefaults.MtaSubscribers;
    private static readonly JsonEncodedText ErrorName = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText RecordName = JsonEncodedText.Encode("record");
    private readonly MtaRequestPipeline _pipeline;
    private readonly MtaSubscriberRules _rules;
    private readonly MtaUnitOfWork _unitOfWork;
    private readonly SimulatorClock _clock;

    public MtaBulkEndpoints(MtaRequestPipeline pipeline, MtaSubscriberRules rules, MtaUnitOfWork unitOfWork, SimulatorClock clock)
    {
        _pipeline = pipeline;
        _rules = rules;
        _unitOfWork = unitOfWork;
        _clock = clock;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/subscribers/bulk", _pipeline.Handle(new MtaRoute(Bucket, BulkCreateOperation, true, "createOnly") { ValidatesWithSpec = false }, CreateAsync));
        routes.MapPatch("/v3/subscribers/bulk", _pipeline.Handle(new MtaRoute(Bucket, BulkUpdateOperation, true) { ValidatesWithSpec = false }, UpdateAsync));
    }

    private async Task CreateAsync(MtaCall call)
    {
        var request = MtaBulkParser.ParseCreate(call.Body, call.Context.Request.Query);
        var now = _clock.GetUtcNow().UtcTicks;
        using var response = _unitOfWork.Run(call.Account, tx => ApplyCreate(tx, request, call.Body, now));
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task UpdateAsync(MtaCall call)
    {
        var items = MtaBulkParser.ParseUpdate(call.Body);
        var now = _clock.GetUtcNow().UtcTicks;
        using var response = _unitOfWork.Run(call.Account, tx => ApplyUpdate(tx, items, now));
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private MtaJsonResponse ApplyCreate(MtaTransaction tx, MtaBulkCreateRequest request, JsonElement body, long now)
    {
        var records = request.Records;
        var results = new MtaWriteResult[records.Length];
        var written = 0;
        for (var i = 0; i < records.Length; i++)
        {
            results[i] = _rules.Upsert(tx, records[i], request.CreateOnly, now);
            written += results[i].Succeeded ? 1 : 0;
        }

        var errors = records.Length - written;
        var response = MtaJsonResponse.Envelope(Summary("Created or updated", written, errors));
        var writer = response.Writer;
        writer.WriteStartObject();
        writer.WriteNumber("totalRecordCount", records.Length);
        writer.WriteNumber("createdRecordCount", written);
        writer.WriteNumber("errorRecordCount", errors);
        writer.WriteStartArray("createdRecords");
        foreach (var result in results)
        {
            if (result.Succeeded)
            {
                MtaJsonWriter.WriteSubscriber(writer, tx.Account, result.Subscriber!);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("errorRecords");
        var index = 0;
        foreach (var element in body.EnumerateArray())
        {
            if (!results[index++].Succeeded)
            {
                // The submitted record as sent, plus the error (BulkCreateSubscribers.ErrorRecord).
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    property.WriteTo(writer);
                }

                writer.WriteString(ErrorName, results[index - 1].Error);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return response;
    }

    private MtaJsonResponse ApplyUpdate(MtaTransaction tx, MtaBulkUpdateItem[] items, long now)
    {
        var results = new MtaWriteResult[items.Length];
        var written = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var existing = Find(tx.Account, items[i], out var lookupError);
            results[i] = existing is null
                ? MtaWriteResult.Failed(lookupError)
                : _rules.Update(tx, existing, items[i].Record, now);
            written += results[i].Succeeded ? 1 : 0;
        }

        var errors = items.Length - written;
        var response = MtaJsonResponse.Envelope(Summary("Updated", written, errors));
        var writer = response.Writer;
        writer.WriteStartObject();
        writer.WriteNumber("totalRecordCount", items.Length);
        writer.WriteNumber("updatedRecordCount", written);
        writer.WriteNumber("errorRecordCount", errors);
        writer.WriteStartArray("updatedRecords");
        for (var i = 0; i < items.Length; i++)
        {
            if (results[i].Succeeded)
            {
                writer.WriteStartObject();
                WriteIdentifier(writer, items[i]);
                writer.WritePropertyName(RecordName);
                MtaJsonWriter.WriteSubscriber(writer, tx.Account, results[i].Subscriber!);
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
        return response;
    }

    private static MtaSubscriber? Find(MtaAccount account, in MtaBulkUpdateItem item, out string error)
    {
        error = MtaErrorMessages.NotFound;
        switch (item.Key)
        {
            case MtaBulkUpdateKey.Id:
                return account.FindById(item.Id);
            case MtaBulkUpdateKey.PhoneNumber:
                var verdict = MtaPhoneNumbers.Number(item.Text ?? string.Empty);
                if (verdict.Broken is { } rule)
                {
                    error = MtaErrorMessages.Phone("phoneNumber", rule);
                    return null;
                }

                return account.FindByPhone(verdict.E164Digits);
            default:
                return account.FindByEmail(item.Text!.Trim());
        }
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, in MtaBulkUpdateItem item)
    {
        switch (item.Key)
        {
            case MtaBulkUpdateKey.Id:
                writer.WriteNumber("id", item.Id);
                break;
            case MtaBulkUpdateKey.PhoneNumber:
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
