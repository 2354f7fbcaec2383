using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>/api/v1/subscribers: create (upsert), list, and get / update / delete by email or externalId.</summary>
internal sealed class SubscriberEndpoints
{
    private readonly SequenzyPipeline _pipeline;
    private readonly SequenzyRuntime _runtime;

    public SubscriberEndpoints(SequenzyPipeline pipeline, SequenzyRuntime runtime)
    {
        _pipeline = pipeline;
        _runtime = runtime;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/subscribers", context => _pipeline.RunAsync(context, true, Create));
        routes.MapGet("/api/v1/subscribers", context => _pipeline.RunAsync(context, false, List));
        routes.MapGet("/api/v1/subscribers/external", context => _pipeline.RunAsync(context, false, call => Get(call, "getSubscriberByExternalId", ByExternalId)));
        routes.MapPatch("/api/v1/subscribers/external", context => _pipeline.RunAsync(context, true, call => Update(call, "updateSubscriberByExternalId", ByExternalId)));
        routes.MapDelete("/api/v1/subscribers/external", context => _pipeline.RunAsync(context, false, call => Delete(call, "deleteSubscriberByExternalId", ByExternalId)));
        routes.MapGet("/api/v1/subscribers/{email}", context => _pipeline.RunAsync(context, false, call => Get(call, "getSubscriberByEmail", ByEmail)));
        routes.MapPatch("/api/v1/subscribers/{email}", context => _pipeline.RunAsync(context, true, call => Update(call, "updateSubscriberByEmail", ByEmail)));
        routes.MapDelete("/api/v1/subscribers/{email}", context => _pipeline.RunAsync(context, false, call => Delete(call, "deleteSubscriberByEmail", ByEmail)));
    }

    private SequenzyResponse Create(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersWrite);
        var body = call.Object(RequestParsers.CreateFields);
        call.Validate("createSubscriber");
        call.RequireForEnrollment(body.Boolean("enrollInSequences"));
        var command = RequestParsers.ParseCreate(body);
        var tx = call.Begin(_runtime);
        var outcome = _runtime.Upserts.Upsert(tx, command);
        tx.Commit();
        return SequenzyResponse.Ok(writer => SequenzyJson.WriteUpserted(writer, outcome));
    }

    private static SequenzyResponse List(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersRead);
        call.Validate("listSubscribers");
        var query = ListQueryParser.Parse(call.Query, call.Workspace);
        var page = SubscriberListing.List(call.Workspace, query);
        var withTotal = query.IncludeTotal && query.After is null && query.Attribute is null;
        return SequenzyResponse.Ok(writer =>
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
            if (withTotal)
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
        });
    }

    private static SequenzyResponse Get(SequenzyCall call, string operationId, Func<SequenzyCall, SequenzySubscriber> find)
    {
        call.Require(SequenzyScopes.SubscribersRead);
        call.Validate(operationId);
        var subscriber = find(call);
        return SequenzyResponse.Ok(writer => SequenzyJson.WriteDetails(writer, subscriber, call.Workspace));
    }

    private SequenzyResponse Update(SequenzyCall call, string operationId, Func<SequenzyCall, SequenzySubscriber> find)
    {
        call.Require(SequenzyScopes.SubscribersWrite);
        var body = call.Object(RequestParsers.UpdateFields);
        call.Validate(operationId);
        var command = RequestParsers.ParseUpdate(body);
        var subscriber = find(call);
        var tx = call.Begin(_runtime);
        var updated = UpdateRules.Update(tx, subscriber, command);
        tx.Commit();
        return SequenzyResponse.Ok(writer => SequenzyJson.WriteSubscriber(writer, "subscriber", updated));
    }

    private SequenzyResponse Delete(SequenzyCall call, string operationId, Func<SequenzyCall, SequenzySubscriber> find)
    {
        call.Require(SequenzyScopes.SubscribersWrite);
        call.Validate(operationId);
        var subscriber = find(call);
        var tx = call.Begin(_runtime);
        tx.Delete(subscriber);
        tx.Commit();
        return SequenzyResponse.Ok(writer => writer.WriteBoolean("deleted", true));
    }

    private static SequenzySubscriber ByEmail(SequenzyCall call)
    {
        var raw = call.RouteValue("email");
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw SequenzyRequestException.BadRequest("email is required");
        }

        var email = EmailAddress.TryNormalize(raw) ?? throw SequenzyRequestException.BadRequest("email is not a valid email address");
        return call.Workspace.ByEmail.GetValueOrDefault(email) ?? throw SequenzyRequestException.NotFound("Subscriber not found");
    }

    private static SequenzySubscriber ByExternalId(SequenzyCall call)
    {
        var values = call.Query["externalId"];
        var externalId = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(externalId))
        {
            throw SequenzyRequestException.BadRequest("externalId is required");
        }

        return call.Workspace.ByExternalId.GetValueOrDefault(externalId) ?? throw SequenzyRequestException.NotFound("Subscriber not found");
    }
}
