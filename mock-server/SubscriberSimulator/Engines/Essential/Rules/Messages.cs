using System.Globalization;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>Essential sends SMS (MMS with media) only, to the subscriber's +1 number.</summary>
internal static class Messages
{
    public static PendingMessage Sms(string kind, long phoneNumber, string body, IReadOnlyDictionary<string, string> metadata) =>
        new("sms", UsPhoneNumber.ToE164(phoneNumber), kind, body, metadata);

    /// <summary>A message of the message endpoints, traceable to its stored record by <c>message_sid</c>.</summary>
    public static PendingMessage Outbound(EssentialMessage message)
    {
        var metadata = new Dictionary<string, string>
        {
            ["channel_sid"] = message.ChannelSid,
            ["subscriber_sid"] = message.SubscriberSid,
            ["message_sid"] = message.Sid,
            ["transport_sid"] = message.TransportSid,
            ["from"] = message.From,
            ["is_template"] = message.IsTemplate.ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
            ["shorten_urls"] = message.ShortenUrls.ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        };
        AddIfPresent(metadata, "media_urls", message.MediaUrls is null ? null : string.Join(' ', message.MediaUrls));
        AddIfPresent(metadata, "priority", message.Priority);
        AddIfPresent(metadata, "external_owner_id", message.ExternalOwnerId);
        AddIfPresent(metadata, "onstatus_url", message.OnStatusUrl);
        return new(message.MediaUrls is null ? "sms" : "mms", UsPhoneNumber.ToE164(message.To), MessageKinds.Message, message.Body ?? string.Empty, metadata);
    }

    private static void AddIfPresent(Dictionary<string, string> metadata, string key, string? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }
}
