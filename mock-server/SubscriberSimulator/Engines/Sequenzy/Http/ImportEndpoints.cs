using System.Security.Cryptography;
using System.Text.Json;
using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>
/// /api/v1/subscribers/imports. Decision: an import is applied in full while its create call is
/// answered (all records, one transaction), so the create response shows it as queued ("running",
/// nothing counted yet) and every later read shows it "completed" with its counts.
/// </summary>
internal sealed class ImportEndpoints
{
    private const int MaxRecords = 5000;

    private static readonly string[] Fields =
        ["subscribers", "duplicateStrategy", "listIds", "enrollInSequences", "defaultPhoneCountry", "smsConsent", "optInMode", "fileName", "idempotencyKey"];

    private static readonly string[] RecordFields =
        ["email", "phone", "externalId", "firstName", "lastName", "timezone", "status", "tags", "customAttributes", "createdAt"];

    private readonly SequenzyPipeline _pipeline;
    private readonly SequenzyRuntime _runtime;

    public ImportEndpoints(SequenzyPipeline pipeline, SequenzyRuntime runtime)
    {
        _pipeline = pipeline;
        _runtime = runtime;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/subscribers/imports", context => _pipeline.RunAsync(context, true, Create));
        routes.MapGet("/api/v1/subscribers/imports/{importId}", context => _pipeline.RunAsync(context, false, Get));
    }

    private SequenzyResponse Create(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersWrite);
        var body = call.Object(Fields);
        var key = body.String("idempotencyKey");
        if (key is not null && string.IsNullOrWhiteSpace(key))
        {
            throw SequenzyRequestException.BadRequest("idempotencyKey must not be blank");
        }

        if (call.Body!.Value.TryGetProperty("subscribers", out var shape) && shape.ValueKind != JsonValueKind.Array)
        {
            throw new SequenzyRequestException(StatusCodes.Status422UnprocessableEntity, "subscribers must be an array");
        }

        var records = body.Array("subscribers") ?? throw SequenzyRequestException.BadRequest("subscribers is required");
        if (records.GetArrayLength() is < 1 or > MaxRecords)
        {
            throw SequenzyRequestException.BadRequest($"subscribers must contain 1 to {MaxRecords} records");
        }

        call.Validate("createSubscriberImport");
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(call.Body!.Value)));
        if (key is not null && call.Workspace.FindReplay(key, hash) is { } replay)
        {
            return Respond(replay, deduplicated: true);
        }

        var listIds = body.StringArray("listIds");
        UpsertRules.RequireKnownLists(call.Workspace, listIds, "listIds");
        var defaults = new UpsertCommand
        {
            DuplicateStrategy = RequestParsers.Enum(body, "duplicateStrategy", WireNames.ParseDuplicateStrategy) ?? DuplicateStrategy.Skip,
            OptInMode = RequestParsers.Enum(body, "optInMode", WireNames.ParseOptInMode) ?? OptInMode.Default,
            ListIds = listIds,
            SmsConsent = body.Boolean("smsConsent"),
        };
        call.RequireForEnrollment(body.Boolean("enrollInSequences"));
        var rows = ParseRows(records, defaults, body.String("defaultPhoneCountry"));

        var tx = call.Begin(_runtime);
        var import = _runtime.Imports.Run(tx, rows, body.String("fileName"), key, hash);
        tx.Commit();
        return Respond(import, deduplicated: false);
    }

    private static SequenzyResponse Get(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersRead);
        call.Validate("getSubscriberImport");
        var id = call.RouteValue("importId") ?? string.Empty;
        var import = call.Workspace.Imports.GetValueOrDefault(id) ?? throw SequenzyRequestException.NotFound("Import not found");
        return SequenzyResponse.Ok(writer => SequenzyJson.WriteImport(writer, import, asQueued: false));
    }

    private static SequenzyResponse Respond(SubscriberImport import, bool deduplicated) => SequenzyResponse.Ok(writer =>
    {
        writer.WriteBoolean("deduplicated", deduplicated);
        writer.WriteString("message", deduplicated ? "Import already queued" : "Import queued");
        SequenzyJson.WriteImport(writer, import, asQueued: !deduplicated);
    });

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
                throw SequenzyRequestException.BadRequest($"subscribers[{index}] needs email or phone");
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
            tags = RequestParsers.Tags(record, "tags");
        }
        catch (SequenzyRequestException)
        {
            return new ImportRow(index, null, "invalid_tag", hasEmail);
        }

        // Sequenzy drops an invalid time zone of an import record instead of failing it.
        var timezone = RequestParsers.Timezone(record, "timezone", dropInvalid: true);
        var command = defaults with
        {
            Email = email,
            Phone = phone,
            ExternalId = RequestParsers.ExternalId(record, "externalId"),
            FirstName = RequestParsers.Name(record, "firstName"),
            LastName = RequestParsers.Name(record, "lastName"),
            Status = RequestParsers.Enum(record, "status", WireNames.ParseStatus),
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
