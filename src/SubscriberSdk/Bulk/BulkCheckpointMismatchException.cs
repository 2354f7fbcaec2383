namespace SubscriberSdk.Bulk;

/// <summary>
/// The checkpoint store holds a checkpoint of another run, or of the same run with different input or
/// settings. Nothing was sent. Resume with the original input and settings, or use an empty store.
/// </summary>
public sealed class BulkCheckpointMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that says what differs.</summary>
    public BulkCheckpointMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BulkCheckpointMismatchException()
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public BulkCheckpointMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
