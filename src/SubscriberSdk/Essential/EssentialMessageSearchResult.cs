using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A message found by a search: sent or received.</summary>
public sealed class EssentialMessageSearchResult
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>The text.</summary>
    public string? Body { get; init; }

    /// <summary>The subscriber's carrier.</summary>
    public string? Carrier { get; init; }

    /// <summary>Name of the channel.</summary>
    public string? ChannelName { get; init; }

    /// <summary>The channel SID.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the message was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Sender in E.164 (the transport for outbound, the subscriber for inbound) or a short code.</summary>
    public string? FromPhoneNumber { get; init; }

    /// <summary>Media URLs; empty for an SMS.</summary>
    public IReadOnlyList<string> MediaUrls { get; init; } = [];

    /// <summary>Milliseconds from creation to delivery; null while undelivered.</summary>
    public long? MillisecondsInFlight { get; init; }

    /// <summary>The message SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>e.g. <c>sent</c>, <c>received</c>, <c>delivered</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The subscriber the message belongs to.</summary>
    public string? SubscriberSid { get; init; }

    /// <summary>Recipient in E.164 or a short code.</summary>
    public string? ToPhoneNumber { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
