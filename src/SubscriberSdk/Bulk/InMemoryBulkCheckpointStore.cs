namespace SubscriberSdk.Bulk;

/// <summary>A checkpoint store in memory: resumes a run within one process (e.g. after cancellation), not after a crash.</summary>
public sealed class InMemoryBulkCheckpointStore : IBulkCheckpointStore
{
    private readonly object _gate = new();
    private BulkRunManifest? _manifest;
    private List<BulkChunkCheckpoint> _chunks = [];

    /// <inheritdoc />
    public ValueTask<BulkCheckpoint?> LoadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_manifest is null ? null : new BulkCheckpoint(_manifest, [.. _chunks]));
        }
    }

    /// <inheritdoc />
    public ValueTask BeginAsync(BulkRunManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        lock (_gate)
        {
            _manifest = manifest;
            _chunks = [];
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RecordChunkAsync(BulkChunkCheckpoint chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        lock (_gate)
        {
            if (_manifest is null)
            {
                throw new InvalidOperationException("BeginAsync must be called before chunks are recorded.");
            }

            _chunks.Add(chunk);
        }

        return ValueTask.CompletedTask;
    }
}
