using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A tag of a channel (called a group in Essential's UI).</summary>
public sealed class EssentialTag
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>The name lowercased with spaces replaced by underscores, e.g. bulldog_buddies.</summary>
    public string CanonicalName { get; init; } = string.Empty;

    /// <summary>The channel the tag belongs to.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the tag was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the tag was soft-deleted; null for live tags.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>The name as given.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Subscribed subscribers carrying the tag.</summary>
    public int? NumSubscribersActive { get; init; }

    /// <summary>Subscribers carrying the tag, any status.</summary>
    public int? NumSubscribersTotal { get; init; }

    /// <summary>The tag SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>When the tag last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
