namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>A channel's tag ("group" in Essential's UI). Counters are kept up to date at commit.</summary>
internal sealed class EssentialTag
{
    public required string Sid { get; init; }

    public required string ChannelSid { get; init; }

    public required string Name { get; init; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? DeletedAt { get; set; }

    public int SubscribersTotal { get; set; }

    public int SubscribersActive { get; set; }

    /// <summary>Essential's canonical form: lower case with spaces as underscores.</summary>
    public string CanonicalName => Name.Trim().ToLowerInvariant().Replace(' ', '_');
}
