using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The body of POST /subscribers/bulk/tags/add and /remove: the normalised tags, the subscribers
/// named, and (add only) whether tag-triggered sequences may run. Checked before the spec step in
/// Sequenzy's words ("tags must contain at least one tag").
/// </summary>
internal sealed record BulkTagCommand(string[] Tags, SubscriberIdentifiers Identifiers, bool TriggerAutomations)
{
    private const int MaxTags = 1000;

    private static readonly string[] AddFields = ["tags", "emails", "externalIds", "subscriberIds", "triggerAutomations"];
    private static readonly string[] RemoveFields = ["tags", "emails", "externalIds", "subscriberIds"];

    public static void CheckAdd(JsonElement body) => Check(RequestObject.Body(body, AddFields));

    public static void CheckRemove(JsonElement body) => Check(RequestObject.Body(body, RemoveFields));

    public static BulkTagCommand Add(JsonElement json) => Read(RequestObject.Body(json, AddFields), withTrigger: true);

    public static BulkTagCommand Remove(JsonElement json) => Read(RequestObject.Body(json, RemoveFields), withTrigger: false);

    private static void Check(RequestObject body)
    {
        var tags = body.StringArray("tags");
        if (tags is not { Length: > 0 })
        {
            throw RequestRefusedException.BadRequest("tags must contain at least one tag");
        }

        if (tags.Length > MaxTags)
        {
            throw RequestRefusedException.BadRequest($"tags must contain at most {MaxTags} tags");
        }

        SubscriberIdentifiers.Read(body, withExternalIds: true);
    }

    private static BulkTagCommand Read(RequestObject body, bool withTrigger) => new(
        TagNormalizer.NormalizeAll(body.StringArray("tags")!, "tags"),
        SubscriberIdentifiers.Read(body, withExternalIds: true),
        withTrigger && body.Boolean("triggerAutomations") == true);
}
