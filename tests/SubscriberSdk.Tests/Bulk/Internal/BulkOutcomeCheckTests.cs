using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;

namespace SubscriberSdk.Tests.Bulk.Internal;

public sealed class BulkOutcomeCheckTests
{
    private static readonly BulkChunk<string> Chunk = new(4, "key", [Prepared(10), Prepared(11), Prepared(12)], CreateOnly: false, MayHaveBeenApplied: false);

    [Fact]
    public void An_answer_in_chunk_order_keeps_each_outcome_and_gains_the_chunk_index()
    {
        var completed = BulkOutcomeCheck.Complete(Chunk, [Created(10), Skipped(11), Created(12)]);

        Assert.Equal([10, 11, 12], completed.Select(r => r.InputIndex));
        Assert.Equal([BulkRecordStatus.Created, BulkRecordStatus.Skipped, BulkRecordStatus.Created], completed.Select(r => r.Status));
        Assert.All(completed, r => Assert.Equal(4, r.ChunkIndex));
    }

    [Fact]
    public void An_answer_out_of_order_is_put_back_in_chunk_order()
    {
        var completed = BulkOutcomeCheck.Complete(Chunk, [Created(12), Skipped(10), Created(11)]);

        Assert.Equal([10, 11, 12], completed.Select(r => r.InputIndex));
        Assert.Equal([BulkRecordStatus.Skipped, BulkRecordStatus.Created, BulkRecordStatus.Created], completed.Select(r => r.Status));
        Assert.All(completed, r => Assert.Equal(4, r.ChunkIndex));
    }

    [Fact]
    public void A_record_the_answer_leaves_out_fails_as_retriable_and_a_repeated_one_counts_once()
    {
        var completed = BulkOutcomeCheck.Complete(Chunk, [Created(10), Skipped(10), Created(12), Created(99)]);

        Assert.Equal([10, 11, 12], completed.Select(r => r.InputIndex));
        Assert.Equal(BulkRecordStatus.Created, completed[0].Status);
        Assert.Equal(BulkRecordStatus.Failed, completed[1].Status);
        Assert.True(completed[1].IsRetriable);
        Assert.Contains("did not mention this record", completed[1].Reason!, StringComparison.Ordinal);
        Assert.Equal(4, completed[1].ChunkIndex);
    }

    private static BulkPreparedRecord<string> Prepared(int inputIndex) => new(inputIndex, "record", "key:" + inputIndex, "canonical");

    private static BulkRecordResult Created(int inputIndex) => new(inputIndex, BulkRecordStatus.Created);

    private static BulkRecordResult Skipped(int inputIndex) => new(inputIndex, BulkRecordStatus.Skipped, "already there");
}
