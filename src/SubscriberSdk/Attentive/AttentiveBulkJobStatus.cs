namespace SubscriberSdk.Attentive;

/// <summary>Where a bulk job stands.</summary>
public enum AttentiveBulkJobStatus
{
    /// <summary>Accepted, not started.</summary>
    Pending,

    /// <summary>Records are being processed.</summary>
    InProgress,

    /// <summary>Every record is done; the results file is available.</summary>
    Completed,

    /// <summary>The job failed.</summary>
    Failed,
}
