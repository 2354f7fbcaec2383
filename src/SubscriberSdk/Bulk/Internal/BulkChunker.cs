namespace SubscriberSdk.Bulk.Internal;

/// <summary>Splits the prepared records into chunks of at most the chunk size, each with its stable key.</summary>
internal static class BulkChunker
{
    public static IReadOnlyList<BulkChunk<TRecord>> Split<TRecord>(string runId, IReadOnlyList<BulkPreparedRecord<TRecord>> records, BulkOptions options)
    {
        var chunks = new List<BulkChunk<TRecord>>((records.Count + options.ChunkSize - 1) / options.ChunkSize);
        for (var start = 0; start < records.Count; start += options.ChunkSize)
        {
            var slice = records.Skip(start).Take(options.ChunkSize).ToArray();
            var index = chunks.Count;
            chunks.Add(new BulkChunk<TRecord>(index, BulkKeys.ChunkKey(runId, index, slice), slice, options.CreateOnly, MayHaveBeenApplied: false));
        }

        return chunks;
    }
}
