using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>
/// /api/v1/subscribers: create (upsert), list, and get / update / delete by email or externalId
/// (query form, or path form for IDs without '/').
/// Writes read their input, then, holding the workspace's unit of work, run the rule and commit;
/// reads hold the workspace's lock.
/// </summary>
internal static class SubscriberHandlers
{
    public static ProviderResponse Create(ProviderCall<SequenzyWorkspace> call)
    {
        var body = RequestObject.Body(call.Body, UpsertCommand.Fields);
        ScopeRules.RequireForEnrollment(call.Tenant, call.Credential, body.Boolean("enrollInSequences"));
        var command = UpsertCommand.FromJson(body);
        using var work = call.BeginWork();
        var outcome = UpsertRules.Upsert(new WorkspaceChanges(work, call.Credential), command);
        work.Commit();
        return SequenzyJson.Ok(outcome, SequenzyJson.WriteUpserted);
    }

    /// <summary>Newest first, by page or by cursor; the total only when asked for on a page without an attribute filter.</summary>
    public static ProviderResponse List(ProviderCall<SequenzyWorkspace> call)
    {
        lock (call.Tenant.Gate)
        {
            var query = ListQueryParser.Parse(call.Query, call.Tenant);
            return SequenzyJson.Ok((Query: query, Page: SubscriberListing.List(call.Tenant, query)), static (writer, listing) => WritePage(writer, listing.Query, listing.Page));
        }
    }

    public static ProviderResponse GetByEmail(ProviderCall<SequenzyWorkspace> call) => Get(call, ByEmail);

    public static ProviderResponse GetByExternalId(ProviderCall<SequenzyWorkspace> call) => Get(call, ByExternalId);

    public static ProviderResponse GetByExternalIdInPath(ProviderCall<SequenzyWorkspace> call) => Get(call, ByExternalIdInPath);

    public static ProviderResponse UpdateByExternalIdInPath(ProviderCall<SequenzyWorkspace> call) => Update(call, ByExternalIdInPath);

    public static ProviderResponse DeleteByExternalIdInPath(ProviderCall<SequenzyWorkspace> call) => Delete(call, ByExternalIdInPath);

    public static ProviderResponse UpdateByEmail(ProviderCall<SequenzyWorkspace> call) => Update(call, ByEmail);

    public static ProviderResponse UpdateByExternalId(ProviderCall<SequenzyWorkspace> call) => Update(call, ByExternalId);

    public static ProviderResponse DeleteByEmail(ProviderCall<SequenzyWorkspace> call) => Delete(call, ByEmail);

    public static ProviderResponse DeleteByExternalId(ProviderCall<SequenzyWorkspace> call) => Delete(call, ByExternalId);

    private static ProviderResponse Get(ProviderCall<SequenzyWorkspace> call, Func<ProviderCall<SequenzyWorkspace>, SequenzySubscriber> find)
    {
        lock (call.Tenant.Gate)
        {
            return SequenzyJson.Ok((Subscriber: find(call), Workspace: call.Tenant), static (writer, found) => SequenzyJson.WriteDetails(writer, found.Subscriber, found.Workspace));
        }
    }

    private static ProviderResponse Update(ProviderCall<SequenzyWorkspace> call, Func<ProviderCall<SequenzyWorkspace>, SequenzySubscriber> find)
    {
        var command = UpdateCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var updated = UpdateRules.Update(new WorkspaceChanges(work, call.Credential), find(call), command);
        work.Commit();
        return SequenzyJson.Ok(updated, static (writer, subscriber) => SequenzyJson.WriteSubscriber(writer, "subscriber", subscriber));
    }

    private static ProviderResponse Delete(ProviderCall<SequenzyWorkspace> call, Func<ProviderCall<SequenzyWorkspace>, SequenzySubscriber> find)
    {
        using var work = call.BeginWork();
        SubscriberRules.Delete(new WorkspaceChanges(work, call.Credential), find(call));
        work.Commit();
        return SequenzyJson.Ok(true, static (writer, deleted) => writer.WriteBoolean("deleted", deleted));
    }

    private static SequenzySubscriber ByEmail(ProviderCall<SequenzyWorkspace> call) => SubscriberRules.ByEmail(call.Tenant, call.Route["email"]);

    /// <summary>The subscriber named by the <c>externalId</c> query parameter (trimmed; missing, blank or repeated: 400).</summary>
    public static SequenzySubscriber ByExternalId(ProviderCall<SequenzyWorkspace> call)
    {
        var values = call.Query["externalId"];
        return SubscriberRules.ByExternalId(call.Tenant, values.Count == 1 ? values[0]?.Trim() : null);
    }

    private static SequenzySubscriber ByExternalIdInPath(ProviderCall<SequenzyWorkspace> call) =>
        SubscriberRules.ByExternalId(call.Tenant, call.Route["externalId"].Trim());

    private static void WritePage(Utf8JsonWriter writer, ListQuery query, SubscriberPage page)
    {
        writer.WriteStartArray("subscribers");
        foreach (var subscriber in page.Subscribers)
        {
            writer.WriteStartObject();
            SequenzyJson.WriteSubscriberFields(writer, subscriber);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("pagination");
        if (query.After is null)
        {
            writer.WriteNumber("page", query.Page);
        }
        else
        {
            writer.WriteNull("page");
        }

        writer.WriteNumber("limit", query.Limit);
        if (query.IncludeTotal && query.After is null && query.Attribute is null)
        {
            writer.WriteNumber("total", page.Total);
            writer.WriteNumber("totalPages", (page.Total + query.Limit - 1) / query.Limit);
        }
        else
        {
            writer.WriteNull("total");
            writer.WriteNull("totalPages");
        }

        writer.WriteString("nextCursor", page.Next is { } next ? ListCursor.Encode(next.CreatedAt, next.Sequence) : null);
        writer.WriteBoolean("hasMore", page.HasMore);
        writer.WriteEndObject();
    }
}
