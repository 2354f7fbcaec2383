using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Bulk.Sequenzy.Internal;
using SubscriberSdk.Sequenzy;

namespace SubscriberSdk.Tests.Bulk.Sequenzy.Internal;

/// <summary>The count-only cases the simulator does not produce on demand.</summary>
public sealed class SequenzyImportOutcomeTests
{
    [Fact]
    public void An_import_with_every_record_failed_fails_each_with_the_reasons_and_attributes_all()
    {
        var import = new SequenzyImport
        {
            Id = "imp_1",
            Status = SequenzyImportStatus.Completed,
            AddedCount = 0,
            UpdatedCount = 0,
            SkippedCount = 0,
            FailedCount = 3,
            FailedReasons = new Dictionary<string, int> { ["invalid_email"] = 3 },
        };

        var (records, summary) = SequenzyImportOutcome.Map(Chunk(3), import, deduplicated: false);

        Assert.All(records, r =>
        {
            Assert.Equal(BulkRecordStatus.Failed, r.Status);
            Assert.False(r.IsRetriable);
            Assert.Contains("invalid_email: 3", r.Reason, StringComparison.Ordinal);
        });
        Assert.Empty(summary.UnattributedInputIndexes);
        Assert.Equal(3, summary.FailedReasons["invalid_email"]);
    }

    [Fact]
    public void Counts_that_do_not_add_up_to_the_chunk_leave_every_record_unattributed()
    {
        var (records, summary) = SequenzyImportOutcome.Map(Chunk(3), Import(added: 2, failed: 0), deduplicated: true);

        Assert.All(records, r =>
        {
            Assert.Equal(BulkRecordStatus.Failed, r.Status);
            Assert.True(r.IsRetriable);
            Assert.StartsWith(SequenzyImportOutcome.UnattributedPrefix, r.Reason, StringComparison.Ordinal);
        });
        Assert.Equal([10, 11, 12], summary.UnattributedInputIndexes);
        Assert.True(summary.Deduplicated);
    }

    private static SequenzyImport Import(int added, int failed) => new()
    {
        Id = "imp_1",
        Status = SequenzyImportStatus.Completed,
        AddedCount = added,
        UpdatedCount = 0,
        SkippedCount = 0,
        FailedCount = failed,
    };

    private static BulkChunk<string> Chunk(int count) => new(4, "key",
        [.. Enumerable.Range(10, count).Select(i => new BulkPreparedRecord<string>(i, $"r{i}", $"k{i}", $"r{i}"))], CreateOnly: false, MayHaveBeenApplied: false);
}
