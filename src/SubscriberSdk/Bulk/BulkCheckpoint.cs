namespace SubscriberSdk.Bulk;

/// <summary>A stored checkpoint: the run it belongs to and the chunks that finished.</summary>
/// <param name="Manifest">The run and input the checkpoint belongs to.</param>
/// <param name="Chunks">Finished chunks, in the order they were recorded.</param>
public sealed record BulkCheckpoint(BulkRunManifest Manifest, IReadOnlyList<BulkChunkCheckpoint> Chunks);
