namespace SubscriberSdk.Bulk;

/// <summary>A finished chunk as recorded in a checkpoint: a resumed run restores these results and does not send the chunk again.</summary>
/// <param name="ChunkIndex">Zero-based chunk number.</param>
/// <param name="ChunkKey">The chunk's stable key; a resume checks it matches the chunk rebuilt from the input.</param>
/// <param name="Records">The chunk's per-record outcomes.</param>
public sealed record BulkChunkCheckpoint(int ChunkIndex, string ChunkKey, IReadOnlyList<BulkRecordResult> Records);
