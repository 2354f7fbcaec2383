namespace SubscriberSimulator.Engines.Essential;

/// <summary>An automation workflow to seed on an account.</summary>
public sealed record EssentialWorkflowDefinition
{
    /// <summary>Fixed SID, or null for a generated one.</summary>
    public string? Sid { get; init; }

    public required string Name { get; init; }

    /// <summary>A disabled workflow cannot be started (400 on upsert, <c>{}</c> on the start endpoint).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How many times one subscriber may run it; null for no limit.</summary>
    public int? MaxSubscriberExecutions { get; init; }

    public EssentialStartConditions StartConditions { get; init; } = new();
}
