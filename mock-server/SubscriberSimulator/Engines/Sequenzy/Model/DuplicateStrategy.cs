namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>What a create call does with an existing subscriber.</summary>
internal enum DuplicateStrategy
{
    Skip,
    Merge,
    Overwrite,
}
