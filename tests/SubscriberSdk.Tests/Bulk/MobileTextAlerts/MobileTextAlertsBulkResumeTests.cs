using SubscriberSdk.Bulk;
using SubscriberSdk.Tests.Bulk.Support;

namespace SubscriberSdk.Tests.Bulk.MobileTextAlerts;

public sealed class MobileTextAlertsBulkResumeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mta-bulk-resume-").FullName;

    [Fact]
    public async Task A_run_cancelled_after_chunk_3_resumes_without_resending_chunks_1_to_3()
    {
        await using var harness = new MtaBulkHarness();
        var data = BulkData.Subscribers(600);
        var store = new FileBulkCheckpointStore(Path.Combine(_folder, "mta.jsonl"));
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

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunAsync(data, first, cancellationToken: cancel.Token));
        var sentBeforeResume = harness.BulkCalls.Count;
        var result = await harness.RunAsync(data, Options(harness, store));

        var calls = harness.BulkCalls;
        Assert.Equal(3, sentBeforeResume);
        Assert.Equal(6, calls.Count);
        for (var chunk = 0; chunk < 6; chunk++)
        {
            var digits = BulkData.Phone(chunk * 100).TrimStart('+');
            Assert.Equal(1, calls.Count(c => c.Body.Contains(digits, StringComparison.Ordinal)));
        }

        Assert.Equal([true, true, true, false, false, false], result.Chunks.OrderBy(c => c.ChunkIndex).Select(c => c.FromCheckpoint));
        Assert.Equal(600, result.CreatedOrUpdated);
        MobileTextAlertsBulkCeilingTests.AssertStoreHoldsExactly(harness, data.Select(d => d.PhoneNumber!));
    }

    [Fact]
    public async Task Mixed_valid_and_invalid_records_report_reasons_and_write_every_valid_one()
    {
        await using var harness = new MtaBulkHarness();
        var valid = BulkData.Subscribers(40);
        List<SubscriberSdk.MobileTextAlerts.MobileTextAlertsSubscriberRequest?> input = [.. valid];
        input.Insert(5, null);
        input.Insert(10, new() { FirstName = "no identifier" });
        input.Insert(15, new() { PhoneNumber = "+1 555" });
        input.Insert(20, new() { Email = "missing-domain@" });

        var result = await harness.RunAsync(input, harness.Options(chunkSize: 10));

        Assert.Equal(44, result.Total);
        Assert.Equal(40, result.CreatedOrUpdated);
        Assert.Equal(4, result.Failed);
        Assert.All(new[] { 5, 10, 15, 20 }, i =>
        {
            Assert.Equal(BulkRecordStatus.Failed, result.Records[i].Status);
            Assert.False(string.IsNullOrEmpty(result.Records[i].Reason));
            Assert.False(result.Records[i].IsRetriable);
        });
        MobileTextAlertsBulkCeilingTests.AssertStoreHoldsExactly(harness, valid.Select(d => d.PhoneNumber!));
    }

    [Fact]
    public async Task A_chunk_size_over_1000_is_refused_before_any_request()
    {
        await using var harness = new MtaBulkHarness();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.RunAsync(BulkData.Subscribers(5), harness.Options(chunkSize: 1001)));

        Assert.Equal("ChunkSize", error.ParamName);
        Assert.Empty(harness.Transport.Calls);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static BulkOptions Options(MtaBulkHarness harness, IBulkCheckpointStore store)
    {
        var options = harness.Options(chunkSize: 100);
        options.RunId = "resume-run";
        options.CheckpointStore = store;
        options.MaxConcurrency = 1;
        return options;
    }
}
