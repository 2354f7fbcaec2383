using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The body of a tag call (/subscribers/tags, /tags/bulk, /tags/remove): whom it addresses and the
/// normalised tags. The body checks run before the spec step, so Sequenzy's own wording wins
/// ("tags must contain at least one tag").
/// </summary>
internal sealed record TagCommand(TagTarget Target, string[] Tags)
{
    private const int MaxTags = 1000;

    private static readonly string[] AddOneFields = ["email", "externalId", "tag", "customAttributes", "firstName", "lastName"];
    private static readonly string[] AddManyFields = ["email", "externalId", "tags", "customAttributes", "firstName", "lastName"];
    private static readonly string[] RemoveFields = ["email", "externalId", "tag", "firstName", "lastName"];

    public static void CheckAddOne(JsonElement body) => RequireTag(RequestObject.Body(body, AddOneFields));

    public static void CheckAddMany(JsonElement body)
    {
        if (RequestObject.Body(body, AddManyFields).StringArray("tags") is not { Length: > 0 } tags)
        {
            throw RequestRefusedException.BadRequest("tags must contain at least one tag");
        }

        if (tags.Length > MaxTags)
        {
            throw RequestRefusedException.BadRequest($"tags must contain at most {MaxTags} tags");
        }
    }

    public static void CheckRemove(JsonElement body) => RequireTag(RequestObject.Body(body, RemoveFields));

    public static TagCommand AddOne(JsonElement json)
    {
        var body = RequestObject.Body(json, AddOneFields);
        var tags = TagNormalizer.NormalizeAll([body.String("tag")!], "tag");
        return new TagCommand(TargetOf(body, withAttributes: true), tags);
    }

    public static TagCommand AddMany(JsonElement json)
    {
        var body = RequestObject.Body(json, AddManyFields);
        var tags = TagNormalizer.NormalizeAll(body.StringArray("tags")!, "tags");
        return new TagCommand(TargetOf(body, withAttributes: true), tags);
    }

    public static TagCommand Remove(JsonElement json)
    {
        var body = RequestObject.Body(json, RemoveFields);
        var tags = TagNormalizer.NormalizeAll([body.String("tag")!], "tag");
        return new TagCommand(TargetOf(body, withAttributes: false), tags);
    }

    private static void RequireTag(RequestObject body)
    {
        if (string.IsNullOrWhiteSpace(body.String("tag")))
        {
            throw RequestRefusedException.BadRequest("tag is required");
        }
    }

    private static TagTarget TargetOf(RequestObject body, bool withAttributes) => new(
        RequestFields.Email(body, "email"),
        RequestFields.ExternalId(body, "externalId"),
        RequestFields.Name(body, "firstName"),
        RequestFields.Name(body, "lastName"),
        withAttributes ? body.Attributes("customAttributes") : null);
}
