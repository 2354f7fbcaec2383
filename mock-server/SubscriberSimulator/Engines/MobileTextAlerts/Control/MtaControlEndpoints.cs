using System.Buffers;
using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Http;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Control;

/// <summary>
/// <c>/__sim/mta</c>: accounts, catalogue and carrier seeding, subscriber seeding and the full
/// record listing (every stored record, unpaged, so import tests can count records per number),
/// the unsubscribe list, the STOP reply and the send-failure switch. Errors are <c>{"error": "..."}</c>.
/// </summary>
internal sealed class MtaControlEndpoints
{
    private const int MaxControlBodyBytes = 16 * 1024 * 1024;
    private readonly MtaControlService _service;

    public MtaControlEndpoints(MtaControlService service)
    {
        _service = service;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/tenants", context => Run(context, true, CreateTenant));
        routes.MapGet("/tenants", context => Run(context, false, (_, writer) => ListTenants(writer)));
        routes.MapPost("/tenants/{tenantId}/groups", context => Run(context, false, AddGroup));
        routes.MapPost("/tenants/{tenantId}/custom-fields", context => Run(context, false, AddCustomField));
        routes.MapPost("/tenants/{tenantId}/carriers", context => Run(context, false, SetCarrier));
        routes.MapPost("/tenants/{tenantId}/subscribers", context => Run(context, false, SeedSubscribers));
        routes.MapGet("/tenants/{tenantId}/subscribers", context => Run(context, false, ListSubscribers));
        routes.MapGet("/tenants/{tenantId}/unsubscribes", context => Run(context, false, ListUnsubscribes));
        routes.MapPost("/tenants/{tenantId}/stop-reply", context => Run(context, false, StopReply));
        routes.MapPost("/tenants/{tenantId}/send-failure", context => Run(context, false, SetSendFailure));
    }

    private static async Task Run(HttpContext context, bool allowEmptyBody, Action<MtaControlCall, Utf8JsonWriter> action)
    {
        var response = context.Response;
        var buffer = new ArrayBufferWriter<byte>(1024);
        JsonDocument? document = null;
        try
        {
            document = await ReadBodyAsync(context.Request, allowEmptyBody, context.RequestAborted).ConfigureAwait(false);
            var tenantId = context.Request.RouteValues["tenantId"]?.ToString() ?? string.Empty;
            using (var writer = new Utf8JsonWriter(buffer, MtaJsonOptions.Writer))
            {
                action(new MtaControlCall(tenantId, document?.RootElement ?? default), writer);
            }

            response.StatusCode = HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Value!.EndsWith("/tenants", StringComparison.Ordinal)
                ? StatusCodes.Status201Created
                : StatusCodes.Status200OK;
        }
        catch (MtaControlException exception)
        {
            buffer.Clear();
            WriteError(buffer, exception.Message);
            response.StatusCode = exception.Status;
        }
        finally
        {
            document?.Dispose();
        }

        response.ContentType = "application/json; charset=utf-8";
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<JsonDocument?> ReadBodyAsync(HttpRequest request, bool allowEmpty, CancellationToken ct)
    {
        if (request.ContentLength > MaxControlBodyBytes)
        {
            throw new MtaControlException(StatusCodes.Status413PayloadTooLarge, "The control request body is too large.");
        }

        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, ct).ConfigureAwait(false);
        if (copy.Length == 0)
        {
            return allowEmpty || HttpMethods.IsGet(request.Method)
                ? null
                : throw new MtaControlException("A JSON request body is required.");
        }

        try
        {
            return JsonDocument.Parse(copy.ToArray());
        }
        catch (JsonException)
        {
            throw new MtaControlException("The request body is not valid JSON.");
        }
    }

    private void CreateTenant(MtaControlCall call, Utf8JsonWriter writer)
    {
        var body = call.Body;
        if (body.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
        {
            throw new MtaControlException("The body must be an object: {\"tenantId\"?: string, \"apiKey\"?: string}.");
        }

        var info = _service.CreateAccount(OptionalString(body, "tenantId"), OptionalString(body, "apiKey"));
        writer.WriteStartObject();
        writer.WriteString("tenantId", info.TenantId);
        writer.WriteString("apiKey", info.ApiKey);
        writer.WriteString("basePath", MobileTextAlertsEngine.Prefix + "/v3");
        writer.WriteEndObject();
    }

    private void ListTenants(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var account in _service.Accounts())
        {
            lock (account.Gate)
            {
                writer.WriteStartObject();
                writer.WriteString("tenantId", account.TenantId);
                writer.WriteNumber("subscriberCount", account.SubscriberCount);
                writer.WriteNumber("groupCount", account.Groups.Count);
                writer.WriteNumber("customFieldCount", account.CustomFields.Count);
                writer.WriteNumber("unsubscribeCount", account.UnsubscribesByPhone.Count);
                writer.WriteBoolean("sendFailure", account.FailSends);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private void AddGroup(MtaControlCall call, Utf8JsonWriter writer) =>
        MtaJsonWriter.WriteGroup(writer, _service.AddGroup(call.TenantId, RequiredString(call.Body, "name")));

    private void AddCustomField(MtaControlCall call, Utf8JsonWriter writer)
    {
        var options = new List<string>();
        if (call.Body.ValueKind == JsonValueKind.Object && call.Body.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in list.EnumerateArray())
            {
                options.Add(option.ValueKind == JsonValueKind.String ? option.GetString()! : throw new MtaControlException("options must be strings."));
            }
        }

        var field = _service.AddCustomField(call.TenantId, RequiredString(call.Body, "name"), OptionalString(call.Body, "type") ?? "string", options);
        MtaJsonWriter.WriteCustomField(writer, field);
    }

    private void SetCarrier(MtaControlCall call, Utf8JsonWriter writer)
    {
        var lineTypeText = RequiredString(call.Body, "lineType");
        if (!Enum.TryParse<MtaLineType>(lineTypeText, ignoreCase: true, out var lineType) || !Enum.IsDefined(lineType))
        {
            throw new MtaControlException("lineType must be 'mobile', 'landline' or 'unreachable'.");
        }

        _service.SetLineType(call.TenantId, RequiredString(call.Body, "number"), lineType);
        writer.WriteStartObject();
        writer.WriteString("lineType", lineType.ToString().ToLowerInvariant());
        writer.WriteEndObject();
    }

    private void SeedSubscribers(MtaControlCall call, Utf8JsonWriter writer)
    {
        var stored = _service.SeedSubscribers(call.TenantId, call.Body);
        WriteSubscribers(writer, _service.Account(call.TenantId), stored);
    }

    private void ListSubscribers(MtaControlCall call, Utf8JsonWriter writer) =>
        WriteSubscribers(writer, _service.Account(call.TenantId), _service.ListSubscribers(call.TenantId));

    private void ListUnsubscribes(MtaControlCall call, Utf8JsonWriter writer)
    {
        var entries = _service.ListUnsubscribes(call.TenantId);
        writer.WriteStartObject();
        writer.WriteNumber("total", entries.Count);
        writer.WriteStartArray("unsubscribes");
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", entry.Id);
            writer.WriteString("number", entry.E164);
            writer.WriteString("date", MtaJsonWriter.Timestamp(entry.Date));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void StopReply(MtaControlCall call, Utf8JsonWriter writer)
    {
        var added = _service.StopReply(call.TenantId, RequiredString(call.Body, "number"));
        writer.WriteStartObject();
        writer.WriteBoolean("unsubscribed", true);
        writer.WriteBoolean("alreadyUnsubscribed", !added);
        writer.WriteEndObject();
    }

    private void SetSendFailure(MtaControlCall call, Utf8JsonWriter writer)
    {
        if (call.Body.ValueKind != JsonValueKind.Object || !call.Body.TryGetProperty("enabled", out var enabled)
            || enabled.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new MtaControlException("The body must be {\"enabled\": true|false}.");
        }

        _service.SetSendFailure(call.TenantId, enabled.GetBoolean());
        writer.WriteStartObject();
        writer.WriteBoolean("sendFailure", enabled.GetBoolean());
        writer.WriteEndObject();
    }

    private static void WriteSubscribers(Utf8JsonWriter writer, MtaAccount account, IReadOnlyList<MtaSubscriber> subscribers)
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", subscribers.Count);
        writer.WriteStartArray("subscribers");
        lock (account.Gate)
        {
            foreach (var subscriber in subscribers)
            {
                MtaJsonWriter.WriteSubscriber(writer, account, subscriber);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string RequiredString(JsonElement body, string name) =>
        OptionalString(body, name) is { Length: > 0 } value ? value : throw new MtaControlException($"{name} is required.");

    private static string? OptionalString(JsonElement body, string name)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new MtaControlException($"{name} must be a string.");
    }

    private static void WriteError(ArrayBufferWriter<byte> buffer, string message)
    {
        using var writer = new Utf8JsonWriter(buffer, MtaJsonOptions.Writer);
        writer.WriteStartObject();
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }
}
