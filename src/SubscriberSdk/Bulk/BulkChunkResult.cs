namespace SubscriberSdk.Bulk;

/// <summary>The outcome of one chunk, streamed through <see cref="BulkOptions.ChunkCompleted"/> as soon as it finishes.</summary>
/// <param name="ChunkIndex">Zero-based chunk number.</param>
/// <param name="ChunkKey">The chunk's stable key (SHA-256 of run id, chunk index and normalised content, hex).</param>
/// <param name="Records">One result per record of the chunk, in input order.</param>
/// <param name="Attempts">HTTP attempts the chunk took (0 when restored from a checkpoint).</param>
/// <param name="FromCheckpoint">Whether the chunk finished in an earlier run and was not sent again.</param>
public sealed record BulkChunkResult(int ChunkIndex, string ChunkKey, IReadOnlyList<BulkRecordResult> Records, int Attempts, bool FromCheckpoint);
