using SubscriberSdk.Bulk;

namespace SubscriberSdk.Tests.Bulk.Sequenzy;

public sealed class SequenzyBulkResumeTests
{
    private const int ChunkSize = 100;

    [Fact]
    public async Task A_run_cancelled_after_chunk_3_resumes_without_resending_chunks_1_to_3()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(5 * ChunkSize);
        var store = new InMemoryBulkCheckpointStore();
        using var cancel = new CancellationTokenSource();
        var first = Options(harness, store);
        first.ChunkCompleted = (chunk, _) =>
        {
            if (chunk.ChunkIndex == 2)
            {
                cancel.Cancel();
            }

            return ValueTask.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunAsync(data, first, cancel.Token));
        var sentBeforeResume = harness.ImportPosts.Count;
        var result = await harness.RunAsync(data, Options(harness, store));

        var posts = harness.ImportPosts;
        Assert.Equal(3, sentBeforeResume);
        Assert.Equal(5, posts.Count);
        for (var chunk = 0; chunk < 5; chunk++)
        {
            var marker = SequenzyBulkHarness.Email(chunk * ChunkSize);
            Assert.Equal(1, posts.Count(c => c.Body.Contains(marker, StringComparison.Ordinal)));
        }

        Assert.Equal([true, true, true, false, false], result.Chunks.OrderBy(c => c.ChunkIndex).Select(c => c.FromCheckpoint));
        Assert.All(harness.Imports, i => Assert.False(i.Deduplicated));
        Assert.Equal(5 * ChunkSize, result.Created);
        harness.AssertStoreHoldsExactly(data.Select(d => d.Email!));
    }

    private static BulkOptions Options(SequenzyBulkHarness harness, IBulkCheckpointStore store)
    {
        var options = harness.Options(ChunkSize);
        options.RunId = "sequenzy-resume";
        options.CheckpointStore = store;
        options.MaxConcurrency = 1;
        return options;
    }
}
