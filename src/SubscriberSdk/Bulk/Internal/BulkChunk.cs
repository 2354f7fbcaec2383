namespace SubscriberSdk.Bulk.Internal;

/// <summary>
/// Up to the provider's limit of records sent in one request. <see cref="MayHaveBeenApplied"/> is set
/// when an earlier run may have sent it without recording the answer (it was unfinished at a resume).
/// </summary>
internal sealed record BulkChunk<TRecord>(int Index, string Key, IReadOnlyList<BulkPreparedRecord<TRecord>> Records, bool CreateOnly, bool MayHaveBeenApplied);
