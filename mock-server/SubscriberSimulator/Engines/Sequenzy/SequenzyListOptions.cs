namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A list to create in a workspace.</summary>
public sealed class SequenzyListOptions
{
    /// <summary>The list id; generated ("list_...") when null.</summary>
    public string? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public bool IsPrivate { get; set; }
}
