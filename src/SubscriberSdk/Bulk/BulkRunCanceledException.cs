namespace SubscriberSdk.Bulk;

/// <summary>
/// A bulk run was cancelled after it started sending. It is an <see cref="OperationCanceledException"/>, so code
/// that treats cancellation as such keeps working, and it carries the <see cref="Result"/> so far: every chunk
/// that finished before the cancellation (written at the provider and, with a checkpoint store, recorded), and
/// the other records as not processed. Resume with the same <see cref="BulkOptions.RunId"/> and checkpoint store
/// to send only what is missing.
/// </summary>
public sealed class BulkRunCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception for a cancelled run and its partial result.</summary>
    public BulkRunCanceledException(BulkResult result, Exception? innerException, CancellationToken cancellationToken)
        : base(Describe(result), innerException, cancellationToken)
    {
        Result = result;
    }

    /// <summary>What the run finished before it was cancelled (<see cref="BulkResult.IsCanceled"/> is true).</summary>
    public BulkResult Result { get; }

    private static string Describe(BulkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"The bulk run {result.RunId} was cancelled after {result.Chunks.Count} chunk(s) finished: "
            + $"{result.Total - result.NotProcessed} of {result.Total} records have an outcome, {result.NotProcessed} were not processed. "
            + "Result holds the outcomes; resume with the same RunId and checkpoint store to send the rest.";
    }
}
