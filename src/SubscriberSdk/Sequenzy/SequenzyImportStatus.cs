namespace SubscriberSdk.Sequenzy;

/// <summary>Where a Sequenzy import stands.</summary>
public enum SequenzyImportStatus
{
    /// <summary>Still processing.</summary>
    Running,

    /// <summary>Finished; the counts are final.</summary>
    Completed,
}
