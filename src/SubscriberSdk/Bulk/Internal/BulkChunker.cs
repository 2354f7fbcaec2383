namespace SubscriberSdk.Bulk.Internal;

/// <summary>Splits the prepared records into chunks of at most the chunk size, each with its stable key.</summary>
internal static class BulkChunker
{
    public static IReadOnlyList<BulkChunk<TRecord>> Split<TRecord>(string runId, IReadOnlyList<BulkPreparedRecord<TRecord>> records, BulkOptions options)
    {
        var chunks = new BulkChunk<TRecord>[(records.Count + options.ChunkSize - 1) / options.ChunkSize];

        // Each key hashes its own chunk's records, so the chunks are keyed on every core: nothing is sent until all are.
        Parallel.For(0, chunks.Length, index =>
        {
            var slice = records.Skip(index * options.ChunkSize).Take(options.ChunkSize).ToArray();
            chunks[index] = new BulkChunk<TRecord>(index, BulkKeys.ChunkKey(runId, index, slice), slice, options.CreateOnly, MayHaveBeenApplied: false);
        });

        return chunks;
    }
}
