using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A person subscribed (or once subscribed) to a channel. Subscribers are never deleted, only unsubscribed.</summary>
public sealed class EssentialSubscriber
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>When the subscriber was put in the support inbox (see <c>inboxed</c> on update); null when not inboxed.</summary>
    public DateTimeOffset? AddedToInboxAt { get; init; }

    /// <summary>The carrier found by the number lookup, e.g. "AT&amp;T Wireless" or "Unknown".</summary>
    public string? Carrier { get; init; }

    /// <summary>When the carrier was last looked up.</summary>
    public DateTimeOffset? CarrierUpdatedAt { get; init; }

    /// <summary>The channel the subscriber belongs to.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the subscriber was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The subscriber's email address, or null.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>Your own identifier for the subscriber, or null.</summary>
    public string? ExternalUserId { get; init; }

    /// <summary>Facebook Messenger identity; null for SMS-only subscribers.</summary>
    public string? FacebookId { get; init; }

    /// <summary>The US number as 10 digits with no country code, whatever form it was sent in (e.g. 15009998080 is returned as 5009998080).</summary>
    public string PhoneNumber { get; init; } = string.Empty;

    /// <summary>Decision: the docs' samples do not show properties on the subscriber object; this project returns them so that merge and reset results can be observed. Keys and values are strings.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>The subscriber SID (22 URL-safe base64 characters; the <c>sub_</c> prefix form is accepted on input).</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>The provider's <c>status</c>.</summary>
    public EssentialSubscriberStatus? Status { get; init; }

    /// <summary>When the subscriber last subscribed; null after an unsubscribe and for unconfirmed subscribers.</summary>
    public DateTimeOffset? SubscribedAt { get; init; }

    /// <summary>Decision: the docs' samples do not show tags on the subscriber object; this project returns the SIDs of the subscriber's tags so that merge and reset results can be observed.</summary>
    public IReadOnlyList<string> TagSids { get; init; } = [];

    /// <summary>The transport (phone number or short code) used to message this subscriber.</summary>
    public string? TransportSid { get; init; }

    /// <summary>When the subscriber unsubscribed; null while subscribed.</summary>
    public DateTimeOffset? UnsubscribedAt { get; init; }

    /// <summary>When the subscriber last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
