namespace SubscriberSimulator.Engines.Essential;

/// <summary>A welcome series to seed on a channel.</summary>
public sealed record EssentialWelcomeSeriesDefinition
{
    /// <summary>Fixed SID, or null for a generated one.</summary>
    public string? Sid { get; init; }

    public required string Name { get; init; }

    /// <summary>0 is the default series; higher positions win when their tags match.</summary>
    public int Position { get; init; }

    /// <summary>Series created through Essential's API start disabled; seeded ones default to enabled.</summary>
    public bool Enabled { get; init; } = true;

    public IReadOnlyList<string> TagSids { get; init; } = [];

    /// <summary>Message bodies, sent in this order.</summary>
    public IReadOnlyList<string> ItemBodies { get; init; } = [];
}
