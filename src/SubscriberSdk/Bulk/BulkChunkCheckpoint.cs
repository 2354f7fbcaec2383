namespace SubscriberSdk.Bulk;

/// <summary>A finished chunk as recorded in a checkpoint: a resumed run restores these results and does not send the chunk again.</summary>
/// <param name="ChunkIndex">Zero-based chunk number.</param>
/// <param name="ChunkKey">The chunk's stable key; a resume checks it matches the chunk rebuilt from the input.</param>
/// <param name="Records">The chunk's per-record outcomes.</param>
public sealed record BulkChunkCheckpoint(int ChunkIndex, string ChunkKey, IReadOnlyList<BulkRecordResult> Records)
{
    /// <summary>When the chunk's request went (on the run's clock); null in checkpoints written before this was kept.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Requests the provider said were left in its rate-limit window after this chunk, when it said.</summary>
    public int? RateLimitRemaining { get; init; }

    /// <summary>When that window resets. A resumed run waits for it once the window's requests are spent, so it meets no 429.</summary>
    public DateTimeOffset? RateLimitResetAt { get; init; }
}
