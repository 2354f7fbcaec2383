namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What a bulk tag call did: the normalised tags, how many identifiers were sent, the distinct
/// subscribers matched, split into those whose tags changed and those left as they were, and the
/// identifiers that matched nobody. <paramref name="TriggeredAutomations"/>: add only (null for remove).
/// </summary>
internal sealed record BulkTagOutcome(
    string[] Tags,
    int Requested,
    int Updated,
    int Unchanged,
    IdentifiedSubscribers Found,
    bool? TriggeredAutomations);
