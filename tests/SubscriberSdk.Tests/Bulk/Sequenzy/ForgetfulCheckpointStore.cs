using SubscriberSdk.Bulk;

namespace SubscriberSdk.Tests.Bulk.Sequenzy;

/// <summary>A checkpoint store that loses one chunk's record, as if the process died after that chunk was sent.</summary>
internal sealed class ForgetfulCheckpointStore(int forgottenChunk) : IBulkCheckpointStore
{
    private readonly InMemoryBulkCheckpointStore _inner = new();

    public bool Forgetting { get; set; } = true;

    public ValueTask<BulkCheckpoint?> LoadAsync(CancellationToken cancellationToken) => _inner.LoadAsync(cancellationToken);

    public ValueTask BeginAsync(BulkRunManifest manifest, CancellationToken cancellationToken) => _inner.BeginAsync(manifest, cancellationToken);

    public ValueTask RecordChunkAsync(BulkChunkCheckpoint chunk, CancellationToken cancellationToken) =>
        Forgetting && chunk.ChunkIndex == forgottenChunk ? ValueTask.CompletedTask : _inner.RecordChunkAsync(chunk, cancellationToken);
}
