using SubscriberSdk.Bulk;

namespace SubscriberSdk.Tests.Bulk.Sequenzy;

/// <summary>A chunk sent twice (retry after a reset, resume after a lost checkpoint) is deduplicated by its idempotency key.</summary>
public sealed class SequenzyBulkReplayTests
{
    private const int ChunkSize = 100;

    [Fact]
    public async Task A_connection_reset_after_the_server_wrote_is_retried_and_deduplicated()
    {
        await using var harness = new SequenzyBulkHarness(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.CircuitBreaker.Enabled = false;
        }, overSockets: true);
        var data = SequenzyBulkHarness.Subscribers(3 * ChunkSize);
        await harness.ResetAfterTheEngineOnceAsync("reset-after-write", SequenzyBulkHarness.Email(ChunkSize + 7));

        var result = await harness.RunAsync(data, harness.Options(ChunkSize));

        Assert.Equal([0, 200, 200, 200], harness.ImportPosts.Select(c => c.Status).Order());
        var replayed = Assert.Single(harness.Imports, i => i.ChunkIndex == 1);
        Assert.True(replayed.Deduplicated);
        Assert.Equal(ChunkSize, replayed.Added);
        Assert.All(harness.Imports.Where(i => i.ChunkIndex != 1), i => Assert.False(i.Deduplicated));
        Assert.Equal(3 * ChunkSize, result.Created);
        Assert.True(result.Chunks.Single(c => c.ChunkIndex == 1).Attempts >= 2);

        // The simulator's per-record view of the one import agrees with what the result says.
        var rows = harness.Engine.GetImport(harness.Workspace.Id, replayed.ImportId).Rows;
        Assert.Equal(ChunkSize, rows.Count(r => r.Outcome == "created"));
        harness.AssertStoreHoldsExactly(data.Select(d => d.Email!));
    }

    [Fact]
    public async Task A_chunk_sent_before_a_crash_but_not_checkpointed_is_deduplicated_on_resume()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(3 * ChunkSize);
        var store = new ForgetfulCheckpointStore(forgottenChunk: 1);
        var options = harness.Options(ChunkSize);
        options.RunId = "sequenzy-crash";
        options.CheckpointStore = store;
        await harness.RunAsync(data, options);
        store.Forgetting = false;

        var resumed = harness.Options(ChunkSize);
        resumed.RunId = "sequenzy-crash";
        resumed.CheckpointStore = store;
        var result = await harness.RunAsync(data, resumed);

        Assert.Equal(4, harness.ImportPosts.Count);
        Assert.Equal([true, false, true], result.Chunks.OrderBy(c => c.ChunkIndex).Select(c => c.FromCheckpoint));
        var replay = harness.Imports.Last();
        Assert.Equal(1, replay.ChunkIndex);
        Assert.True(replay.Deduplicated);
        Assert.Equal(3 * ChunkSize, result.Created);
        harness.AssertStoreHoldsExactly(data.Select(d => d.Email!));
    }
}
