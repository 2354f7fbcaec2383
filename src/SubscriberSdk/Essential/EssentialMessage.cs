using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A message Essential accepted for sending.</summary>
public sealed class EssentialMessage
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>The text as sent.</summary>
    public string? Body { get; init; }

    /// <summary>The channel the message went out on.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the message was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Delivery attempts made so far.</summary>
    public int? DeliveryAttempts { get; init; }

    /// <summary>Your marker, as given.</summary>
    public string? ExternalOwnerId { get; init; }

    /// <summary>The transport's number (E.164) or short code.</summary>
    public string? FromPhoneNumber { get; init; }

    /// <summary>Media URLs; empty for an SMS.</summary>
    public IReadOnlyList<string> MediaUrls { get; init; } = [];

    /// <summary>When the receipt callback was made; null when none.</summary>
    public DateTimeOffset? NotifiedReceivedAt { get; init; }

    /// <summary>Outcome of the receipt callback.</summary>
    public string? NotifiedReceivedResult { get; init; }

    /// <summary>When the last status callback was made.</summary>
    public DateTimeOffset? NotifiedStatusAt { get; init; }

    /// <summary>Outcome of the last status callback.</summary>
    public string? NotifiedStatusResult { get; init; }

    /// <summary>The status callback URL, as given.</summary>
    public string? OnStatusUrl { get; init; }

    /// <summary>The message SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary><c>queuing</c> when just accepted; later e.g. <c>sent</c>, <c>delivered</c>, <c>failed</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>When <see cref="Status"/> last changed.</summary>
    public DateTimeOffset? StatusUpdatedAt { get; init; }

    /// <summary>The recipient.</summary>
    public string SubscriberSid { get; init; } = string.Empty;

    /// <summary>The subscriber's number in E.164.</summary>
    public string? ToPhoneNumber { get; init; }

    /// <summary>The transport that carries it.</summary>
    public string? TransportSid { get; init; }

    /// <summary>When the message last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
