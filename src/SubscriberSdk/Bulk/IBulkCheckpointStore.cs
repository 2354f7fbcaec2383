namespace SubscriberSdk.Bulk;

/// <summary>
/// Durable record of a bulk run's progress. The engine calls <see cref="BeginAsync"/> once for a new run,
/// then <see cref="RecordChunkAsync"/> after each finished chunk (possibly from several chunks at once),
/// and <see cref="LoadAsync"/> at the start of every run to resume. Implementations must make a recorded
/// chunk survive a process crash before the call returns.
/// </summary>
public interface IBulkCheckpointStore
{
    /// <summary>The stored checkpoint, or null when the store is empty.</summary>
    ValueTask<BulkCheckpoint?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Starts a new checkpoint for <paramref name="manifest"/>, replacing anything stored.</summary>
    ValueTask BeginAsync(BulkRunManifest manifest, CancellationToken cancellationToken);

    /// <summary>Records a finished chunk of the current run.</summary>
    ValueTask RecordChunkAsync(BulkChunkCheckpoint chunk, CancellationToken cancellationToken);
}
