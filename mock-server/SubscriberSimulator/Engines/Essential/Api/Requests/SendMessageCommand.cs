using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>
/// The body of both message sends: to a subscriber of a channel (SendMessageRequest) and to a
/// subscriber by SID (CreateAccountMessageRequest, which adds <c>subscriber</c>).
/// </summary>
internal sealed class SendMessageCommand
{
    /// <summary>The recipient's SID; only the account-level send has (and requires) it.</summary>
    public string? Subscriber { get; init; }

    public string? Body { get; init; }

    /// <summary>Null for an SMS.</summary>
    public string[]? MediaUrls { get; init; }

    public string? Transport { get; init; }

    public string? From { get; init; }

    /// <summary>"short" or "long".</summary>
    public string? Protocol { get; init; }

    /// <summary>"low" or null.</summary>
    public string? Priority { get; init; }

    public string? OnStatusUrl { get; init; }

    public bool IsTemplate { get; init; }

    public string? ExternalOwnerId { get; init; }

    public bool ShortenUrls { get; init; }

    public static SendMessageCommand FromJson(JsonElement body, bool requiresSubscriber)
    {
        JsonFields.RequireObject(body);
        string? subscriber = null, text = null, transport = null, from = null, protocol = null, priority = null, onStatusUrl = null, externalOwnerId = null;
        string[]? media = null;
        bool? isTemplate = null, shortenUrls = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "subscriber" when requiresSubscriber: subscriber = JsonFields.OptionalString(property); break;
                case "body": text = JsonFields.OptionalString(property); break;
                case "media_urls": media = JsonFields.OptionalStringArray(property); break;
                case "transport": transport = JsonFields.OptionalString(property); break;
                case "from": from = JsonFields.OptionalString(property); break;
                case "protocol": protocol = JsonFields.OptionalString(property); break;
                case "priority": priority = JsonFields.OptionalString(property); break;
                case "onstatus_url": onStatusUrl = JsonFields.OptionalString(property); break;
                case "is_template": isTemplate = JsonFields.OptionalBoolean(property); break;
                case "external_owner_id": externalOwnerId = JsonFields.OptionalString(property); break;
                case "shorten_urls": shortenUrls = JsonFields.OptionalBoolean(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        if (requiresSubscriber)
        {
            subscriber = JsonFields.Required(subscriber, "subscriber");
        }

        MessageContent.Check(text, media ?? []);
        if (protocol is not (null or "short" or "long"))
        {
            throw RequestRefusedException.BadRequest("'protocol' must be short or long.");
        }

        if (priority is not (null or "low"))
        {
            throw RequestRefusedException.BadRequest("'priority' can only be low; leave it out for normal priority.");
        }

        if (onStatusUrl is not null && !Uri.TryCreate(onStatusUrl, UriKind.Absolute, out _))
        {
            throw RequestRefusedException.BadRequest("'onstatus_url' must be an absolute URL.");
        }

        return new SendMessageCommand
        {
            Subscriber = subscriber,
            Body = string.IsNullOrEmpty(text) ? null : text,
            MediaUrls = media is { Length: > 0 } ? media : null,
            Transport = transport,
            From = from,
            Protocol = protocol,
            Priority = priority,
            OnStatusUrl = onStatusUrl,
            IsTemplate = isTemplate ?? false,
            ExternalOwnerId = externalOwnerId,
            ShortenUrls = shortenUrls ?? false,
        };
    }
}
