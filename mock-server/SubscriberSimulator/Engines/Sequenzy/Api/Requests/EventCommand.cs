using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The body of POST /subscribers/events (one event) or /subscribers/events/bulk (up to 500, in
/// order) for one subscriber: whom it names (the fields used when it creates the subscriber) and
/// the events. Shape problems are 400s in Sequenzy's words, before the spec step.
/// </summary>
internal sealed record EventCommand(TagTarget Target, IReadOnlyList<EventInput> Events)
{
    public const int MaxEvents = 500;

    private static readonly string[] OneFields =
        ["email", "externalId", "event", "properties", "customAttributes", "firstName", "lastName", "occurredAt", "eventId"];

    private static readonly string[] ManyFields = ["email", "externalId", "events", "customAttributes", "firstName", "lastName"];

    private static readonly string[] ItemFields = ["name", "properties", "occurredAt", "eventId"];

    public static void CheckOne(JsonElement body) => One(body);

    public static void CheckMany(JsonElement body) => Many(body);

    public static EventCommand One(JsonElement json)
    {
        var body = RequestObject.Body(json, OneFields);
        var name = body.String("event");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw RequestRefusedException.BadRequest("event is required");
        }

        return new EventCommand(TargetOf(body), [new EventInput(string.Empty, name, body.ObjectJson("properties"), body.DateTime("occurredAt"), body.String("eventId"))]);
    }

    public static EventCommand Many(JsonElement json)
    {
        var body = RequestObject.Body(json, ManyFields);
        var items = body.Array("events");
        if (items is not { } array || array.GetArrayLength() is 0 or > MaxEvents)
        {
            throw RequestRefusedException.BadRequest($"events must contain 1 to {MaxEvents} events");
        }

        var events = new List<EventInput>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            var field = $"events[{events.Count}]";
            var item = new RequestObject(element, field, ItemFields);
            var name = item.String("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw RequestRefusedException.BadRequest($"{field}.name is required");
            }

            events.Add(new EventInput(field, name, item.ObjectJson("properties"), item.DateTime("occurredAt"), item.String("eventId")));
        }

        return new EventCommand(TargetOf(body), events);
    }

    private static TagTarget TargetOf(RequestObject body)
    {
        var target = new TagTarget(
            RequestFields.Email(body, "email"),
            RequestFields.ExternalId(body, "externalId"),
            RequestFields.Name(body, "firstName"),
            RequestFields.Name(body, "lastName"),
            body.Attributes("customAttributes"));
        return target.Email is null && target.ExternalId is null
            ? throw RequestRefusedException.BadRequest("email or externalId is required")
            : target;
    }
}
