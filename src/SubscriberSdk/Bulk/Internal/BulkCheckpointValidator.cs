namespace SubscriberSdk.Bulk.Internal;

/// <summary>Refuses a checkpoint that belongs to another run, provider or input, before anything is sent.</summary>
internal static class BulkCheckpointValidator
{
    public static void Check<TRecord>(BulkCheckpoint checkpoint, BulkRunManifest manifest, string? requestedRunId, IReadOnlyList<BulkChunk<TRecord>> chunks)
    {
        var saved = checkpoint.Manifest;
        if (requestedRunId is null)
        {
            throw new BulkCheckpointMismatchException(
                $"The checkpoint store already holds run '{saved.RunId}'. Set BulkOptions.RunId to '{saved.RunId}' to resume it, or use an empty store for a new run.");
        }

        if (!string.Equals(saved.RunId, manifest.RunId, StringComparison.Ordinal))
        {
            throw new BulkCheckpointMismatchException(
                $"The checkpoint belongs to run '{saved.RunId}', not '{manifest.RunId}'. Use that run id to resume it, or an empty store for this run.");
        }

        if (!string.Equals(saved.Provider, manifest.Provider, StringComparison.Ordinal))
        {
            throw new BulkCheckpointMismatchException($"The checkpoint of run '{saved.RunId}' was written for {saved.Provider}, not {manifest.Provider}.");
        }

        if (!string.Equals(saved.InputFingerprint, manifest.InputFingerprint, StringComparison.Ordinal) || saved.ChunkCount != manifest.ChunkCount || saved.RecordCount != manifest.RecordCount)
        {
            throw new BulkCheckpointMismatchException(
                $"Run '{saved.RunId}' was checkpointed with different input or settings ({saved.RecordCount} records in {saved.ChunkCount} chunks, now {manifest.RecordCount} in {manifest.ChunkCount}, or the records, chunk size or createOnly changed). Resume with the original input and settings.");
        }

        foreach (var chunk in checkpoint.Chunks)
        {
            var valid = chunk.ChunkIndex >= 0 && chunk.ChunkIndex < chunks.Count
                && string.Equals(chunks[chunk.ChunkIndex].Key, chunk.ChunkKey, StringComparison.Ordinal)
                && chunk.Records.Select(r => r.InputIndex).SequenceEqual(chunks[chunk.ChunkIndex].Records.Select(r => r.InputIndex));
            if (!valid)
            {
                throw new BulkCheckpointMismatchException($"Chunk {chunk.ChunkIndex} in the checkpoint of run '{saved.RunId}' does not match the input; the checkpoint is from another input.");
            }
        }
    }
}
