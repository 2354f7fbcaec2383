namespace SubscriberSimulator.Engines.Essential;

/// <summary>
/// A campaign (bulk message) to seed on a channel: Essential's API only lists campaigns, so this is
/// how the simulator gets some. Nothing is sent when it is seeded.
/// </summary>
public sealed record EssentialCampaignDefinition
{
    /// <summary>Fixed SID, or null for a generated one.</summary>
    public string? Sid { get; init; }

    public required string Name { get; init; }

    /// <summary>"draft", "scheduled" or "sent".</summary>
    public string Status { get; init; } = "sent";

    public string? Body { get; init; }

    public IReadOnlyList<string> MediaUrls { get; init; } = [];

    /// <summary>Tags of the channel the campaign targets.</summary>
    public IReadOnlyList<string> TagSids { get; init; } = [];

    /// <summary>"or" or "and": how <see cref="TagSids"/> combine.</summary>
    public string TagOperator { get; init; } = "or";

    /// <summary>US numbers added to the audience.</summary>
    public IReadOnlyList<string> IncludeNumbers { get; init; } = [];

    /// <summary>US numbers left out of the audience.</summary>
    public IReadOnlyList<string> ExcludeNumbers { get; init; } = [];

    public string? ExternalRefId { get; init; }

    public bool ShortenUrls { get; init; }

    public bool SendToInboxed { get; init; }

    /// <summary>When it is or was sent; null for a draft, and the simulator's "now" for the others when left out.</summary>
    public DateTimeOffset? SendAt { get; init; }

    /// <summary>Delivery counters of a sent campaign (its one <c>results</c> entry); ignored for the others.</summary>
    public int Delivered { get; init; }

    public int Failed { get; init; }

    public int Pending { get; init; }
}
