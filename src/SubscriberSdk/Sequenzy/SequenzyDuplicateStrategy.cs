namespace SubscriberSdk.Sequenzy;

/// <summary>What Sequenzy does when the subscriber already exists.</summary>
public enum SequenzyDuplicateStrategy
{
    /// <summary>Leaves the existing subscriber unchanged.</summary>
    Skip,

    /// <summary>Adds missing tags and attribute keys.</summary>
    Merge,

    /// <summary>Replaces the given fields.</summary>
    Overwrite,
}
