using System.Globalization;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Engines.MobileTextAlerts.Domain;
using SubscriberSimulator.Engines.MobileTextAlerts.Rules;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// <c>/v3/groups</c> and <c>/v3/custom-fields</c> (create, list, get), plus
/// <c>GET /v3/auth/verify-api-key</c>. Only the fields the subscriber rules use are accepted;
/// adaptive groups (type, settings) and webinar fields are outside the simulator and rejected as unknown fields.
/// </summary>
internal sealed class MtaCatalogEndpoints
{
    private const string GeneralBucket = RateLimitDefaults.MtaGeneral;

    // Only the list has the documented account override (15 per 15 s); the other field routes keep the general limit.
    private const string CustomFieldsListBucket = RateLimitDefaults.MtaCustomFieldsList;
    private readonly MtaRequestPipeline _pipeline;
    private readonly MtaIdGenerator _ids;
    private readonly SimulatorClock _clock;

    public MtaCatalogEndpoints(MtaRequestPipeline pipeline, MtaIdGenerator ids, SimulatorClock clock)
    {
        _pipeline = pipeline;
        _ids = ids;
        _clock = clock;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v3/auth/verify-api-key", _pipeline.Handle(new MtaRoute(GeneralBucket, "verifyApiKey", false), VerifyAsync));
        routes.MapPost("/v3/groups", _pipeline.Handle(new MtaRoute(GeneralBucket, "createGroup", true), CreateGroupAsync));
        routes.MapGet("/v3/groups", _pipeline.Handle(new MtaRoute(GeneralBucket, "listGroups", false, "page", "pageSize"), ListGroupsAsync));
        routes.MapGet("/v3/groups/{groupId}", _pipeline.Handle(new MtaRoute(GeneralBucket, "getGroup", false), GetGroupAsync));
        routes.MapPost("/v3/custom-fields", _pipeline.Handle(new MtaRoute(GeneralBucket, "createCustomField", true), CreateFieldAsync));
        routes.MapGet("/v3/custom-fields", _pipeline.Handle(new MtaRoute(CustomFieldsListBucket, "listCustomFields", false), ListFieldsAsync));
        routes.MapGet("/v3/custom-fields/{customFieldId}", _pipeline.Handle(new MtaRoute(GeneralBucket, "getCustomField", false), GetFieldAsync));
    }

    private static async Task VerifyAsync(MtaCall call)
    {
        using var response = MtaJsonResponse.Envelope("API Key verified");
        response.Writer.WriteNullValue();
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task CreateGroupAsync(MtaCall call)
    {
        var body = call.Body;
        MtaBodyFields.RequireObject(body, "name", "displayName", "description", "hidden", "sortOrder", "isTemporary", "keyword", "welcomeMessage");
        var draft = new MtaGroup
        {
            Id = 0,
            Name = MtaBodyFields.RequiredText(body, "name"),
            DisplayName = MtaBodyFields.OptionalNullableText(body, "displayName"),
            Description = MtaBodyFields.OptionalText(body, "description"),
            Hidden = MtaBodyFields.OptionalFlag(body, "hidden"),
            SortOrder = MtaBodyFields.OptionalNullableInt(body, "sortOrder"),
            IsTemporary = MtaBodyFields.OptionalFlag(body, "isTemporary"),
            Keyword = MtaBodyFields.OptionalText(body, "keyword"),
            WelcomeMessage = MtaBodyFields.OptionalText(body, "welcomeMessage"),
            CreatedAt = _clock.GetUtcNow(),
        };
        MtaGroup group;
        lock (call.Account.Gate)
        {
            group = MtaCatalogRules.AddGroup(call.Account, _ids, draft);
        }

        using var response = MtaJsonResponse.Envelope($"Created group {group.Name}.");
        MtaJsonWriter.WriteGroup(response.Writer, group);
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private static async Task ListGroupsAsync(MtaCall call)
    {
        var paging = MtaPaging.From(call.Context.Request.Query);
        using var response = MtaJsonResponse.Envelope("Groups retrieved successfully.");
        var writer = response.Writer;
        lock (call.Account.Gate)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("rows");
            var index = 0;
            foreach (var group in call.Account.Groups.Values)
            {
                if (index >= paging.Skip && index < paging.Skip + paging.PageSize)
                {
                    MtaJsonWriter.WriteGroup(writer, group);
                }

                index++;
            }

            writer.WriteEndArray();
            paging.WriteFooter(writer, call.Account.Groups.Count);
            writer.WriteEndObject();
        }

        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private static async Task GetGroupAsync(MtaCall call)
    {
        MtaGroup? group;
        lock (call.Account.Gate)
        {
            group = int.TryParse(call.RouteValue("groupId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? call.Account.Groups.GetValueOrDefault(id)
                : null;
        }

        using var response = MtaJsonResponse.Envelope("Group retrieved successfully.");
        MtaJsonWriter.WriteGroup(response.Writer, group ?? throw MtaRequestException.NotFound("Group not found."));
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private async Task CreateFieldAsync(MtaCall call)
    {
        MtaBodyFields.RequireObject(call.Body, "name", "type", "hidden", "options", "format");
        var name = MtaBodyFields.RequiredText(call.Body, "name");
        var type = MtaBodyFields.RequiredText(call.Body, "type");
        var hidden = MtaBodyFields.OptionalFlag(call.Body, "hidden");
        var options = MtaBodyFields.OptionalTextList(call.Body, "options");
        var format = MtaBodyFields.OptionalText(call.Body, "format");
        var problem = MtaCatalogRules.Validate(type, options, format);
        if (problem is not null)
        {
            throw MtaRequestException.BadRequest(problem);
        }

        MtaCustomField field;
        lock (call.Account.Gate)
        {
            field = MtaCatalogRules.AddCustomField(call.Account, _ids, name, type, hidden, options, format, _clock.GetUtcNow());
        }

        using var response = MtaJsonResponse.Envelope($"Created custom field {field.Name}.");
        MtaJsonWriter.WriteCustomField(response.Writer, field);
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private static async Task ListFieldsAsync(MtaCall call)
    {
        using var response = MtaJsonResponse.Envelope("Custom fields retrieved successfully.");
        lock (call.Account.Gate)
        {
            response.Writer.WriteStartArray();
            foreach (var field in call.Account.CustomFields.Values)
            {
                MtaJsonWriter.WriteCustomField(response.Writer, field);
            }

            response.Writer.WriteEndArray();
        }

        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }

    private static async Task GetFieldAsync(MtaCall call)
    {
        MtaCustomField? field;
        lock (call.Account.Gate)
        {
            field = int.TryParse(call.RouteValue("customFieldId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? call.Account.CustomFields.GetValueOrDefault(id)
                : null;
        }

        using var response = MtaJsonResponse.Envelope("Custom field retrieved successfully.");
        MtaJsonWriter.WriteCustomField(response.Writer, field ?? throw MtaRequestException.NotFound("Custom field not found."));
        await response.SendAsync(call.Context, call.Aborted).ConfigureAwait(false);
    }
}
