namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// A bulk message of a channel. Read-only through Essential's API (campaigns are made in its
/// dashboard), so the simulator's come from controls and the C# API; immutable once stored.
/// </summary>
internal sealed record EssentialCampaign
{
    public required string Sid { get; init; }

    public required string ChannelSid { get; init; }

    public required string Name { get; init; }

    /// <summary>"draft", "scheduled" or "sent".</summary>
    public required string Status { get; init; }

    public string? Body { get; init; }

    public string[] MediaUrls { get; init; } = [];

    /// <summary>"or" or "and": how <see cref="TagSids"/> combine.</summary>
    public required string TagOperator { get; init; }

    public string[] TagSids { get; init; } = [];

    /// <summary>E.164 numbers added to the audience.</summary>
    public string[] IncludeNumbers { get; init; } = [];

    /// <summary>E.164 numbers left out of the audience.</summary>
    public string[] ExcludeNumbers { get; init; } = [];

    public string? ExternalRefId { get; init; }

    public bool ShortenUrls { get; init; }

    public bool SendToInboxed { get; init; }

    /// <summary>Null for drafts.</summary>
    public DateTime? SendAt { get; init; }

    /// <summary>The delivery counters of a sent campaign; null before it is sent.</summary>
    public CampaignDelivery? Delivery { get; init; }

    public required DateTime CreatedAt { get; init; }
}
