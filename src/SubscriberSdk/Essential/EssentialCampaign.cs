using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>A bulk message of a channel. Read-only through the API: campaigns are made in Essential's dashboard.</summary>
public sealed class EssentialCampaign
{
    /// <summary>The account SID.</summary>
    public string AccountSid { get; init; } = string.Empty;

    /// <summary>The message text.</summary>
    public string? Body { get; init; }

    /// <summary>The channel the campaign goes to.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the campaign was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Numbers left out of the audience.</summary>
    public IReadOnlyList<string> ExcludeNumbers { get; init; } = [];

    /// <summary>Your own reference, or null.</summary>
    public string? ExternalRefId { get; init; }

    /// <summary>Numbers added to the audience.</summary>
    public IReadOnlyList<string> IncludeNumbers { get; init; } = [];

    /// <summary>Media sent with the campaign.</summary>
    public IReadOnlyList<string> MediaUrls { get; init; } = [];

    /// <summary>The campaign name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Delivery counters, one entry per send; empty before it is sent.</summary>
    public IReadOnlyList<EssentialCampaignResult> Results { get; init; } = [];

    /// <summary>When the campaign is (or was) sent; null for drafts.</summary>
    public DateTimeOffset? SendAt { get; init; }

    /// <summary>Subscribers in the support inbox are included.</summary>
    public bool? SendToInboxed { get; init; }

    /// <summary>Links are shortened.</summary>
    public bool? ShortenUrls { get; init; }

    /// <summary>The campaign SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>Campaign state, e.g. <c>draft</c>, <c>scheduled</c>, <c>sent</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>How <see cref="TagSids"/> combine (<c>or</c>, <c>and</c>), or null when the campaign targets no tags.</summary>
    public string? TagOperator { get; init; }

    /// <summary>The tags the campaign targets (its <c>tag_expression</c>).</summary>
    public IReadOnlyList<string> TagSids { get; init; } = [];

    /// <summary>When the campaign last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
