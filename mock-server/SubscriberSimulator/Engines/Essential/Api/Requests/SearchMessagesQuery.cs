using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>searchMessages' query string: the filters, each refused with a 400 naming it when malformed.</summary>
internal static class SearchMessagesQuery
{
    // ISO 8601 as Essential shows it: a date (midnight UTC) or a date-time, with or without
    // fractional seconds and offset (none means UTC). Exact formats, so "03/21/2026" is refused.
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static MessageFilter Read(IRequestValues query)
    {
        var to = query.First("to_phone_number");
        var from = query.First("from_phone_number");
        return new MessageFilter
        {
            Channel = query.First("channel"),
            To = to is null ? null : TransportRules.ParseEndpoint("to_phone_number", to),
            From = from is null ? null : TransportRules.ParseEndpoint("from_phone_number", from),
            Start = Time(query, "start_time"),
            End = Time(query, "end_time"),
            Status = query.First("status"),
        };
    }

    private static DateTime? Time(IRequestValues query, string name)
    {
        if (query.First(name) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime
            : throw RequestRefusedException.BadRequest($"{name} must be an ISO 8601 date or date-time (e.g. 2026-03-21 or 2026-03-21T00:00:00.000Z).");
    }
}
