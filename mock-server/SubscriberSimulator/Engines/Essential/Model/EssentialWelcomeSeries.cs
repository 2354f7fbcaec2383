namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// A channel's welcome series. Position 0 is the default series; others are chosen by tag, the
/// highest position first.
/// </summary>
internal sealed class EssentialWelcomeSeries
{
    public required string Sid { get; init; }

    public required string ChannelSid { get; init; }

    public required string Name { get; init; }

    public int Position { get; set; }

    public bool Enabled { get; set; }

    public string[] TagSids { get; set; } = [];

    public List<EssentialWelcomeSeriesItem> Items { get; } = [];

    public required DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public IEnumerable<EssentialWelcomeSeriesItem> ItemsInOrder() => Items.OrderBy(i => i.SequenceId);
}
