using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>/api/v1/subscribers/tags, /tags/bulk and /tags/remove.</summary>
internal sealed class TagEndpoints
{
    private const int MaxTags = 1000;

    private static readonly string[] AddFields = ["email", "externalId", "tag", "customAttributes", "firstName", "lastName"];
    private static readonly string[] AddManyFields = ["email", "externalId", "tags", "customAttributes", "firstName", "lastName"];
    private static readonly string[] RemoveFields = ["email", "externalId", "tag", "firstName", "lastName"];

    private readonly SequenzyPipeline _pipeline;
    private readonly SequenzyRuntime _runtime;

    public TagEndpoints(SequenzyPipeline pipeline, SequenzyRuntime runtime)
    {
        _pipeline = pipeline;
        _runtime = runtime;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/subscribers/tags", context => _pipeline.RunAsync(context, true, AddOne));
        routes.MapPost("/api/v1/subscribers/tags/bulk", context => _pipeline.RunAsync(context, true, AddMany));
        routes.MapPost("/api/v1/subscribers/tags/remove", context => _pipeline.RunAsync(context, true, Remove));
    }

    private SequenzyResponse AddOne(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersTag);
        var body = call.Object(AddFields);
        RequireTag(body);
        call.Validate("addSubscriberTag");
        var tag = TagNormalizer.NormalizeAll([body.String("tag")!], "tag")[0];
        var tx = call.Begin(_runtime);
        var outcome = _runtime.Tags.AddTags(tx, Target(body, withAttributes: true), [tag]);
        tx.Commit();
        return SequenzyResponse.Ok(writer =>
        {
            SequenzyJson.WriteTagged(writer, outcome.Subscriber, outcome.Created);
            writer.WriteStartObject("tag");
            writer.WriteString("id", outcome.Definitions[0].Id);
            writer.WriteString("name", outcome.Definitions[0].Name);
            writer.WriteBoolean("created", outcome.DefinitionsCreated[0]);
            writer.WriteEndObject();
            SequenzyJson.WriteOptIn(writer, outcome.ConfirmationQueued);
        });
    }

    private SequenzyResponse AddMany(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersTag);
        var body = call.Object(AddManyFields);
        if (body.StringArray("tags") is not { Length: > 0 } raw)
        {
            throw SequenzyRequestException.BadRequest("tags must contain at least one tag");
        }

        if (raw.Length > MaxTags)
        {
            throw SequenzyRequestException.BadRequest($"tags must contain at most {MaxTags} tags");
        }

        call.Validate("addSubscriberTags");
        var tags = TagNormalizer.NormalizeAll(raw, "tags");
        var tx = call.Begin(_runtime);
        var outcome = _runtime.Tags.AddTags(tx, Target(body, withAttributes: true), tags);
        tx.Commit();
        return SequenzyResponse.Ok(writer =>
        {
            SequenzyJson.WriteTagged(writer, outcome.Subscriber, outcome.Created);
            writer.WriteStartObject("tags");
            SequenzyJson.WriteStrings(writer, "added", outcome.Tags);
            writer.WriteStartArray("created");
            for (var i = 0; i < outcome.Definitions.Count; i++)
            {
                if (outcome.DefinitionsCreated[i])
                {
                    writer.WriteStringValue(outcome.Definitions[i].Name);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            SequenzyJson.WriteOptIn(writer, outcome.ConfirmationQueued);
        });
    }

    private SequenzyResponse Remove(SequenzyCall call)
    {
        call.Require(SequenzyScopes.SubscribersTag);
        var body = call.Object(RemoveFields);
        RequireTag(body);
        call.Validate("removeSubscriberTag");
        var tag = TagNormalizer.NormalizeAll([body.String("tag")!], "tag")[0];
        var tx = call.Begin(_runtime);
        var outcome = _runtime.Tags.RemoveTag(tx, Target(body, withAttributes: false), tag, out var removed);
        tx.Commit();
        return SequenzyResponse.Ok(writer =>
        {
            SequenzyJson.WriteTagged(writer, outcome.Subscriber, outcome.Created);
            writer.WriteStartObject("tag");
            writer.WriteString("name", tag);
            writer.WriteBoolean("removed", removed);
            writer.WriteEndObject();
        });
    }

    private static void RequireTag(RequestObject body)
    {
        if (string.IsNullOrWhiteSpace(body.String("tag")))
        {
            throw SequenzyRequestException.BadRequest("tag is required");
        }
    }

    private static TagTarget Target(RequestObject body, bool withAttributes) => new(
        RequestParsers.Email(body, "email"),
        RequestParsers.ExternalId(body, "externalId"),
        RequestParsers.Name(body, "firstName"),
        RequestParsers.Name(body, "lastName"),
        withAttributes ? body.Attributes("customAttributes") : null);
}
