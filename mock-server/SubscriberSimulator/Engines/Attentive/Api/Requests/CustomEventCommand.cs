using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>The body of POST /v1/events/custom (CustomEventsRequest).</summary>
/// <param name="PropertiesJson">The <c>properties</c> object as sent, or null.</param>
/// <param name="OccurredAt">Null: the event happened at the time of the call.</param>
internal sealed partial record CustomEventCommand(
    IReadOnlyList<UserIdentifier> User,
    string Type,
    string? PropertiesJson,
    string? ExternalEventId,
    DateTimeOffset? OccurredAt)
{
    private const string ForbiddenInType = "\"'(){}[]\\|,";
    private const string ForbiddenInPropertyName = "\"{}[]\\|";

    public static CustomEventCommand FromJson(JsonElement body)
    {
        var root = JsonFields.RequireObject(body);
        var type = JsonFields.NonEmptyString(root, "type", "type") ?? throw RequestRefusedException.BadRequest("type is required.");
        if (type.AsSpan().IndexOfAny(ForbiddenInType) >= 0)
        {
            throw RequestRefusedException.BadRequest("type must not contain any of \" ' ( ) { } [ ] \\ | ,");
        }

        var properties = JsonFields.Object(root, "properties", "properties");
        if (properties is { } map && map.EnumerateObject().Any(property => property.Name.AsSpan().IndexOfAny(ForbiddenInPropertyName) >= 0))
        {
            throw RequestRefusedException.BadRequest("properties keys must not contain any of \" { } [ ] \\ |");
        }

        return new CustomEventCommand(
            EventUserField.Read(root),
            type,
            properties?.GetRawText(),
            JsonFields.NonEmptyString(root, "externalEventId", "externalEventId"),
            ReadOccurredAt(JsonFields.String(root, "occurredAt", "occurredAt")));
    }

    private static DateTimeOffset? ReadOccurredAt(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var occurredAt)
            ? occurredAt
            : throw RequestRefusedException.BadRequest("occurredAt must be an RFC 3339 date-time with a UTC offset, e.g. 2026-11-02T14:38:29Z.");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
