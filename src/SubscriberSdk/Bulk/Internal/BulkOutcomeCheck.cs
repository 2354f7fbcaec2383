namespace SubscriberSdk.Bulk.Internal;

/// <summary>Makes sure a sender's answer covers every record of its chunk exactly once, so nothing is silently dropped.</summary>
internal static class BulkOutcomeCheck
{
    public static BulkRecordResult[] Complete<TRecord>(BulkChunk<TRecord> chunk, IReadOnlyList<BulkRecordResult> reported)
    {
        var records = chunk.Records;
        var completed = new BulkRecordResult[records.Count];

        // Senders answer in the chunk's order; only an answer out of order or with gaps needs the lookup.
        if (InChunkOrder(records, reported))
        {
            for (var i = 0; i < completed.Length; i++)
            {
                completed[i] = reported[i] with { ChunkIndex = chunk.Index };
            }

            return completed;
        }

        var byIndex = new Dictionary<int, BulkRecordResult>(reported.Count);
        foreach (var record in reported)
        {
            byIndex.TryAdd(record.InputIndex, record);
        }

        for (var i = 0; i < completed.Length; i++)
        {
            var inputIndex = records[i].InputIndex;
            completed[i] = byIndex.TryGetValue(inputIndex, out var found)
                ? found with { ChunkIndex = chunk.Index }
                : new BulkRecordResult(inputIndex, BulkRecordStatus.Failed,
                    "the provider's answer did not mention this record; it may or may not have been written", IsRetriable: true, chunk.Index);
        }

        return completed;
    }

    private static bool InChunkOrder<TRecord>(IReadOnlyList<BulkPreparedRecord<TRecord>> records, IReadOnlyList<BulkRecordResult> reported)
    {
        if (reported.Count != records.Count)
        {
            return false;
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (reported[i].InputIndex != records[i].InputIndex)
            {
                return false;
            }
        }

        return true;
    }
}
