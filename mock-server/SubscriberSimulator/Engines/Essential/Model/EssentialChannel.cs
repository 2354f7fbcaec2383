namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>A channel: its subscribers keyed by 10-digit number, its tags and its welcome series.</summary>
internal sealed class EssentialChannel
{
    public required string Sid { get; init; }

    public required string Name { get; init; }

    public required string TransportSid { get; init; }

    /// <summary>Sent to a new subscriber when the upsert names no other welcome; null sends nothing.</summary>
    public string? WelcomeMessage { get; set; }

    public required DateTime CreatedAt { get; init; }

    public Dictionary<long, EssentialSubscriber> SubscribersByPhone { get; } = [];

    /// <summary>SIDs in creation order, so a channel-filtered list pages by index like the account-wide one.</summary>
    public List<string> SubscriberOrder { get; } = [];

    public Dictionary<string, EssentialTag> TagsBySid { get; } = new(StringComparer.Ordinal);

    public List<EssentialWelcomeSeries> WelcomeSeries { get; } = [];

    /// <summary>Inserts at a position, moving the series at or after it one place down the list.</summary>
    public void InsertWelcomeSeries(EssentialWelcomeSeries series)
    {
        foreach (var existing in WelcomeSeries)
        {
            if (existing.Position >= series.Position)
            {
                existing.Position++;
            }
        }

        WelcomeSeries.Add(series);
        WelcomeSeries.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    public int NextWelcomeSeriesPosition()
    {
        var next = 0;
        foreach (var series in WelcomeSeries)
        {
            next = Math.Max(next, series.Position + 1);
        }

        return next;
    }
}
