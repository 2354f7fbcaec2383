using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.Internal;

public sealed class BulkCheckpointTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bulk-checkpoint-").FullName;

    [Fact]
    public async Task A_cancelled_run_resumes_without_resending_finished_chunks()
    {
        var store = new FileBulkCheckpointStore(Path.Combine(_folder, "run.jsonl"));
        var data = BulkData.Subscribers(60);
        var first = new FakeChunkSender();
        using var cancel = new CancellationTokenSource();
        var options = Options(store, chunk =>
        {
            if (chunk.ChunkIndex == 2)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner(first, options).RunAsync(data, cancel.Token));
        var second = new FakeChunkSender();
        var result = await Runner(second, Options(store)).RunAsync(data, CancellationToken.None);

        Assert.Equal([0, 1, 2], first.Sent.Select(c => c.Index));
        Assert.Equal([3, 4, 5], second.Sent.Select(c => c.Index));
        Assert.All(second.Sent, c => Assert.True(c.MayHaveBeenApplied));
        Assert.Equal(60, result.Created);
        Assert.Equal([true, true, true, false, false, false], result.Chunks.Select(c => c.FromCheckpoint));
    }

    [Fact]
    public async Task A_checkpoint_of_another_run_or_input_is_refused_before_sending()
    {
        var store = new InMemoryBulkCheckpointStore();
        await Runner(new FakeChunkSender(), Options(store)).RunAsync(BulkData.Subscribers(30), CancellationToken.None);
        var sender = new FakeChunkSender();

        var otherRun = await Assert.ThrowsAsync<BulkCheckpointMismatchException>(() =>
            Runner(sender, new BulkOptions { RunId = "other", CheckpointStore = store, ChunkSize = 10 }).RunAsync(BulkData.Subscribers(30), CancellationToken.None));
        var otherInput = await Assert.ThrowsAsync<BulkCheckpointMismatchException>(() =>
            Runner(sender, Options(store)).RunAsync(BulkData.Subscribers(30, offset: 1), CancellationToken.None));
        var noRunId = await Assert.ThrowsAsync<BulkCheckpointMismatchException>(() =>
            Runner(sender, new BulkOptions { CheckpointStore = store, ChunkSize = 10 }).RunAsync(BulkData.Subscribers(30), CancellationToken.None));

        Assert.Contains("'run-1'", otherRun.Message);
        Assert.Contains("different input", otherInput.Message);
        Assert.Contains("Set BulkOptions.RunId to 'run-1'", noRunId.Message);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task File_store_round_trips_and_ignores_a_torn_last_line()
    {
        var path = Path.Combine(_folder, "torn.jsonl");
        var store = new FileBulkCheckpointStore(path);
        var manifest = new BulkRunManifest("r", "Fake", "abc", 2, 2);
        await store.BeginAsync(manifest, CancellationToken.None);
        await store.RecordChunkAsync(new BulkChunkCheckpoint(0, "k0", [new BulkRecordResult(0, BulkRecordStatus.Failed, "why", true, 0)]), CancellationToken.None);
        await File.AppendAllTextAsync(path, "{\"chunkIndex\":1,\"chunkK");

        var loaded = await new FileBulkCheckpointStore(path).LoadAsync(CancellationToken.None);

        Assert.Equal(manifest, loaded!.Manifest);
        var chunk = Assert.Single(loaded.Chunks);
        Assert.Equal(new BulkRecordResult(0, BulkRecordStatus.Failed, "why", true, 0), chunk.Records[0]);
    }

    [Fact]
    public async Task File_store_reports_damage_in_the_middle()
    {
        var path = Path.Combine(_folder, "damaged.jsonl");
        await File.WriteAllLinesAsync(path, ["{\"runId\":\"r\",\"provider\":\"Fake\",\"inputFingerprint\":\"a\",\"recordCount\":1,\"chunkCount\":1}", "garbage", "{}"]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await new FileBulkCheckpointStore(path).LoadAsync(CancellationToken.None));

        Assert.Contains("line 2", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static BulkOptions Options(IBulkCheckpointStore store, Action<BulkChunkResult>? onChunk = null) => new()
    {
        RunId = "run-1",
        CheckpointStore = store,
        ChunkSize = 10,
        MaxConcurrency = 1,
        ChunkCompleted = (chunk, _) =>
        {
            onChunk?.Invoke(chunk);
            return ValueTask.CompletedTask;
        },
    };

    private static BulkRunner<MobileTextAlertsSubscriberRequest> Runner(FakeChunkSender sender, BulkOptions options) => new(sender, options, null);
}
