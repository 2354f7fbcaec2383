namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>An automation workflow of an account.</summary>
internal sealed class EssentialWorkflow
{
    public required string Sid { get; init; }

    public required string Name { get; init; }

    public bool Enabled { get; set; }

    public int? MaxSubscriberExecutions { get; set; }

    public string[] RequiredTagSids { get; set; } = [];

    public IReadOnlyDictionary<string, string> RequiredProperties { get; set; } = new Dictionary<string, string>();

    public required DateTime CreatedAt { get; init; }
}
