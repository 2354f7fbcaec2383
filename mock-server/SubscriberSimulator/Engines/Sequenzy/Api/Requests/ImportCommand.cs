using System.Security.Cryptography;
using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The body of POST /subscribers/imports: the records (each a command, or the reason it cannot be
/// applied), the settings every record shares, and what identifies a replay (idempotency key and
/// content hash). A bad record fails alone; a bad request (no identifier, an unusable createdAt)
/// is refused whole.
/// </summary>
internal sealed record ImportCommand(
    IReadOnlyList<ImportRow> Rows,
    string[]? ListIds,
    bool? EnrollInSequences,
    string? FileName,
    string? IdempotencyKey,
    string ContentHash)
{
    private const int MaxRecords = 5000;

    private static readonly string[] Fields =
        ["subscribers", "duplicateStrategy", "listIds", "enrollInSequences", "defaultPhoneCountry", "smsConsent", "optInMode", "fileName", "idempotencyKey"];

    private static readonly string[] RecordFields =
        ["email", "phone", "externalId", "firstName", "lastName", "timezone", "status", "tags", "customAttributes", "createdAt"];

    /// <summary>
    /// The body check, before the spec step: Sequenzy answers a non-array <c>subscribers</c> with
    /// 422 and words the other shape errors its own way.
    /// </summary>
    public static void CheckShape(JsonElement json)
    {
        var body = RequestObject.Body(json, Fields);
        var key = body.String("idempotencyKey");
        if (key is not null && string.IsNullOrWhiteSpace(key))
        {
            throw RequestRefusedException.BadRequest("idempotencyKey must not be blank");
        }

        if (json.TryGetProperty("subscribers", out var shape) && shape.ValueKind != JsonValueKind.Array)
        {
            throw new RequestRefusedException(422, "subscribers must be an array");
        }

        var records = body.Array("subscribers") ?? throw RequestRefusedException.BadRequest("subscribers is required");
        if (records.GetArrayLength() is < 1 or > MaxRecords)
        {
            throw RequestRefusedException.BadRequest($"subscribers must contain 1 to {MaxRecords} records");
        }
    }

    /// <summary>The import body (already checked against the spec).</summary>
    public static ImportCommand FromJson(JsonElement json)
    {
        var body = RequestObject.Body(json, Fields);
        var listIds = body.StringArray("listIds");
        var defaults = new UpsertCommand
        {
            DuplicateStrategy = RequestFields.Enum(body, "duplicateStrategy", WireNames.ParseDuplicateStrategy) ?? DuplicateStrategy.Skip,
            OptInMode = RequestFields.Enum(body, "optInMode", WireNames.ParseOptInMode) ?? OptInMode.Default,
            ListIds = listIds,
            SmsConsent = body.Boolean("smsConsent"),
        };
        return new ImportCommand(
            ParseRows(body.Array("subscribers")!.Value, defaults, body.String("defaultPhoneCountry")),
            listIds,
            body.Boolean("enrollInSequences"),
            body.String("fileName"),
            body.String("idempotencyKey"),
            Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(json))));
    }

    private static List<ImportRow> ParseRows(JsonElement records, UpsertCommand defaults, string? country)
    {
        var rows = new List<ImportRow>(records.GetArrayLength());
        var index = 0;
        foreach (var element in records.EnumerateArray())
        {
            var record = new RequestObject(element, $"subscribers[{index}]", RecordFields);
            var rawEmail = record.String("email");
            var rawPhone = record.String("phone");
            if (rawEmail is null && rawPhone is null)
            {
                throw RequestRefusedException.BadRequest($"subscribers[{index}] needs email or phone");
            }

            // Checked for the whole request first: an unusable createdAt rejects the import.
            var createdAt = record.DateTime("createdAt");
            rows.Add(ParseRow(record, index, rawEmail, rawPhone, createdAt, defaults, country));
            index++;
        }

        return rows;
    }

    private static ImportRow ParseRow(RequestObject record, int index, string? rawEmail, string? rawPhone, DateTimeOffset? createdAt, UpsertCommand defaults, string? country)
    {
        var hasEmail = rawEmail is not null;
        var email = rawEmail is null ? null : EmailAddress.TryNormalize(rawEmail);
        if (rawEmail is not null && email is null)
        {
            return new ImportRow(index, null, "invalid_email", hasEmail);
        }

        var phone = rawPhone is null ? null : SequenzyPhone.TryNormalize(rawPhone, country);
        if (rawPhone is not null && phone is null)
        {
            return new ImportRow(index, null, "invalid_phone", hasEmail);
        }

        string[]? tags;
        try
        {
            tags = RequestFields.Tags(record, "tags");
        }
        catch (RequestRefusedException)
        {
            return new ImportRow(index, null, "invalid_tag", hasEmail);
        }

        // Sequenzy drops an invalid time zone of an import record instead of failing it.
        var timezone = RequestFields.Timezone(record, "timezone", dropInvalid: true);
        var command = defaults with
        {
            Email = email,
            Phone = phone,
            ExternalId = RequestFields.ExternalId(record, "externalId"),
            FirstName = RequestFields.Name(record, "firstName"),
            LastName = RequestFields.Name(record, "lastName"),
            Status = RequestFields.Enum(record, "status", WireNames.ParseStatus),
            Tags = tags,
            Attributes = record.Attributes("customAttributes"),
            SmsConsent = phone is null ? null : defaults.SmsConsent,
            TimezoneSent = timezone is not null || record.IsNull("timezone"),
            Timezone = timezone,
            CreatedAt = createdAt,
        };
        return new ImportRow(index, command, null, hasEmail);
    }
}
