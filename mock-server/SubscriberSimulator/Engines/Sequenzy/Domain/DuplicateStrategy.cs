namespace SubscriberSimulator.Engines.Sequenzy.Domain;

/// <summary>What a create call does with an existing subscriber.</summary>
internal enum DuplicateStrategy
{
    Skip,
    Merge,
    Overwrite,
}
