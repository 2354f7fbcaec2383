using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The body of POST /events/bulk: up to 1000 events, each with its own subscriber and a required
/// eventId. Only a malformed request as a whole is a 400; a bad identifier fails its event alone.
/// </summary>
internal static class ImportEventsCommand
{
    public const int MaxEvents = 1000;

    private static readonly string[] Fields = ["events"];
    private static readonly string[] RecordFields = ["eventId", "name", "email", "externalId", "occurredAt", "properties"];

    public static void CheckShape(JsonElement body) => FromJson(body);

    public static IReadOnlyList<ImportEventInput> FromJson(JsonElement json)
    {
        var items = RequestObject.Body(json, Fields).Array("events");
        if (items is not { } array || array.GetArrayLength() is 0 or > MaxEvents)
        {
            throw RequestRefusedException.BadRequest($"events must contain 1 to {MaxEvents} events");
        }

        var events = new List<ImportEventInput>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            var index = events.Count;
            var field = $"events[{index}]";
            var record = new RequestObject(element, field, RecordFields);
            var eventId = record.String("eventId");
            var name = record.String("name");
            if (string.IsNullOrWhiteSpace(eventId) || string.IsNullOrWhiteSpace(name))
            {
                throw RequestRefusedException.BadRequest($"{field} needs eventId and name");
            }

            var input = new EventInput(field, name, record.ObjectJson("properties"), record.IsNull("occurredAt") ? null : record.DateTime("occurredAt"), eventId);
            var rawEmail = record.NullableString("email");
            var rawExternalId = record.NullableString("externalId")?.Trim();
            var email = EmailAddress.TryNormalize(rawEmail);
            var failure = rawEmail is not null && email is null ? "email is not a valid email address"
                : email is null && string.IsNullOrEmpty(rawExternalId) ? "email or externalId is required"
                : null;
            events.Add(new ImportEventInput(index, input, email, string.IsNullOrEmpty(rawExternalId) ? null : rawExternalId, failure));
        }

        return events;
    }
}
