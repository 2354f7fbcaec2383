namespace SubscriberSdk.Bulk;

/// <summary>The outcome for one input record.</summary>
/// <param name="InputIndex">Zero-based position of the record in the input sequence.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="Reason">Why it failed or was skipped (never contains the full phone number or email).</param>
/// <param name="IsRetriable">For a failure: whether sending it again could succeed (a transient provider error).</param>
/// <param name="ChunkIndex">The chunk it was sent in, or -1 when it never joined a chunk (rejected locally or a replaced duplicate).</param>
public sealed record BulkRecordResult(int InputIndex, BulkRecordStatus Status, string? Reason = null, bool IsRetriable = false, int ChunkIndex = -1)
{
    /// <summary>Whether the provider holds the record as sent.</summary>
    public bool Succeeded => Status is BulkRecordStatus.Created or BulkRecordStatus.Updated or BulkRecordStatus.CreatedOrUpdated;
}
