using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>One message of a welcome series.</summary>
public sealed class EssentialWelcomeSeriesItem
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>Message text; null for a media-only item.</summary>
    public string? Body { get; init; }

    /// <summary>The channel SID.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the item was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Image URLs sent as MMS; empty for a text-only item.</summary>
    public IReadOnlyList<string> MediaUrls { get; init; } = [];

    /// <summary>Internal name of the item.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Zero-based position of the item in its series.</summary>
    public int SequenceId { get; init; }

    /// <summary>The item SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>When the item last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
