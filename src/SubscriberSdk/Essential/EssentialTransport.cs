using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A phone number or short code that carries a channel's messages. Read-only through the API.</summary>
public sealed class EssentialTransport
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>The channel the transport serves.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the transport was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The number in E.164 (e.g. +12067251311) or the short code (e.g. 55555).</summary>
    public string Endpoint { get; init; } = string.Empty;

    /// <summary>Short code or long number; null if the provider sent a kind this SDK does not know.</summary>
    public EssentialTransportProtocol? Protocol { get; init; }

    /// <summary>The transport SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary><c>active</c> or <c>inactive</c>; only active transports send.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>When <see cref="Status"/> last changed.</summary>
    public DateTimeOffset? StatusUpdatedAt { get; init; }

    /// <summary>When the transport last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
