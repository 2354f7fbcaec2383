namespace SubscriberSdk.Bulk.Internal;

/// <summary>Makes sure a sender's answer covers every record of its chunk exactly once, so nothing is silently dropped.</summary>
internal static class BulkOutcomeCheck
{
    public static BulkRecordResult[] Complete<TRecord>(BulkChunk<TRecord> chunk, IReadOnlyList<BulkRecordResult> reported)
    {
        var byIndex = new Dictionary<int, BulkRecordResult>();
        foreach (var record in reported)
        {
            byIndex.TryAdd(record.InputIndex, record);
        }

        return chunk.Records.Select(r => byIndex.TryGetValue(r.InputIndex, out var found)
                ? found with { ChunkIndex = chunk.Index }
                : new BulkRecordResult(r.InputIndex, BulkRecordStatus.Failed,
                    "the provider's answer did not mention this record; it may or may not have been written", IsRetriable: true, chunk.Index))
            .ToArray();
    }
}
