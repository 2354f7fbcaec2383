using SubscriberSdk.Bulk;
using SubscriberSdk.Sequenzy;

namespace SubscriberSdk.Tests.Bulk.Sequenzy;

/// <summary>Import status is polled on the run's clock, at the poll interval, and for a bounded time only.</summary>
public sealed class SequenzyBulkPollingTests
{
    [Fact]
    public async Task A_running_import_is_polled_at_the_interval_on_the_client_clock()
    {
        await using var harness = new SequenzyBulkHarness();

        // No clock in the options: the run takes the client's (the test's fake clock).
        var result = await harness.RunAsync(SequenzyBulkHarness.Subscribers(3), new BulkOptions(),
            importOptions: new SequenzyBulkImportOptions { PollInterval = TimeSpan.FromSeconds(7) });

        var post = Assert.Single(harness.ImportPosts);
        var read = Assert.Single(harness.StatusReads);
        Assert.Equal(TimeSpan.FromSeconds(7), read.SentAt - post.SentAt);
        Assert.Equal(3, result.Created);
    }

    [Fact]
    public async Task An_import_still_running_after_the_bound_fails_its_chunk_as_retriable_and_a_resume_reads_the_same_import()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(4);
        var store = new InMemoryBulkCheckpointStore();
        var polling = new SequenzyBulkImportOptions { PollInterval = TimeSpan.FromSeconds(2), MaxPollDuration = TimeSpan.FromSeconds(10) };
        await harness.StubImportsForeverRunningAsync();

        var stuck = await harness.RunAsync(data, Options(harness, store), importOptions: polling);

        Assert.Equal(4, stuck.Failed);
        Assert.All(stuck.Records, r =>
        {
            Assert.True(r.IsRetriable);
            Assert.Contains("still running", r.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(5, harness.StatusReads.Count);
        Assert.Empty((await store.LoadAsync(CancellationToken.None))!.Chunks);

        await harness.RemoveStubsAsync();
        var resumed = await harness.RunAsync(data, Options(harness, store), importOptions: polling);

        Assert.Equal(4, resumed.Created);
        Assert.True(Assert.Single(harness.Imports).Deduplicated);
        Assert.Equal(2, harness.ImportPosts.Count);
        harness.AssertStoreHoldsExactly(data.Select(d => d.Email!));
    }

    private static BulkOptions Options(SequenzyBulkHarness harness, IBulkCheckpointStore store)
    {
        var options = harness.Options();
        options.RunId = "sequenzy-polling";
        options.CheckpointStore = store;
        return options;
    }
}
