namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>One message of a welcome series.</summary>
internal sealed class EssentialWelcomeSeriesItem
{
    public required string Sid { get; init; }

    public required string Name { get; init; }

    public required int SequenceId { get; init; }

    public string? Body { get; init; }

    public string[] MediaUrls { get; init; } = [];

    public required DateTime CreatedAt { get; init; }
}
