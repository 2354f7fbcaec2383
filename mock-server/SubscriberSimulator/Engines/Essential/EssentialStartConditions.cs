namespace SubscriberSimulator.Engines.Essential;

/// <summary>
/// When a workflow may start for a subscriber. Essential documents that unmet start conditions
/// mean "no execution" (not an error); the simulator models them as required tags and required
/// property values, all of which must hold.
/// </summary>
public sealed record EssentialStartConditions
{
    /// <summary>Tag SIDs the subscriber must all carry.</summary>
    public IReadOnlyList<string> RequiredTagSids { get; init; } = [];

    /// <summary>Property values the subscriber must have, compared exactly.</summary>
    public IReadOnlyDictionary<string, string> RequiredProperties { get; init; } = new Dictionary<string, string>();
}
