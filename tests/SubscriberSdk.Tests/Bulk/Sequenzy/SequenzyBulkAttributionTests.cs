using SubscriberSdk.Bulk;
using SubscriberSdk.Sequenzy;

namespace SubscriberSdk.Tests.Bulk.Sequenzy;

/// <summary>What the result can say when Sequenzy reports only counts: exact where the counts decide, "unattributed" where they cannot.</summary>
public sealed class SequenzyBulkAttributionTests
{
    [Fact]
    public async Task A_partly_failed_import_marks_every_record_of_its_chunk_unattributed_and_retriable()
    {
        await using var harness = new SequenzyBulkHarness();
        await harness.RunAsync(
            [new SequenzySubscriberRequest { ExternalId = "a", Email = "a@example.com" }, new SequenzySubscriberRequest { ExternalId = "b", Email = "b@example.com" }],
            harness.Options());
        List<SequenzySubscriberRequest?> input = [.. SequenzyBulkHarness.Subscribers(10)];
        input.Add(new SequenzySubscriberRequest { ExternalId = "a", Email = "b@example.com" }); // two subscribers: a conflict

        var result = await harness.RunAsync(input, harness.Options(chunkSize: 20));

        Assert.Equal(11, result.Failed);
        Assert.All(result.Records, r =>
        {
            Assert.Equal(BulkRecordStatus.Failed, r.Status);
            Assert.True(r.IsRetriable);
            Assert.StartsWith("unattributed: ", r.Reason, StringComparison.Ordinal);
            Assert.Contains("conflict: 1", r.Reason, StringComparison.Ordinal);
        });
        var import = harness.Imports.Last();
        Assert.Equal((10, 1), (import.Added, import.Failed));
        Assert.Equal(1, import.FailedReasons["conflict"]);
        Assert.Equal(Enumerable.Range(0, 11), import.UnattributedInputIndexes);

        // The simulator's per-record view (which the real API does not offer) names the failing row; it is among the unattributed.
        var failedRow = Assert.Single(harness.Engine.GetImport(harness.Workspace.Id, import.ImportId).Rows, r => r.Outcome == "failed");
        Assert.Contains(failedRow.Row, import.UnattributedInputIndexes);
        Assert.Equal(12, harness.StoredEmails().Count);
    }

    [Fact]
    public async Task A_mix_of_new_and_existing_subscribers_is_reported_created_or_updated_never_failed()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(20);
        await harness.RunAsync(data.Take(10), harness.Options());

        var result = await harness.RunAsync(data, harness.Options());

        Assert.Equal(20, result.CreatedOrUpdated);
        Assert.All(result.Records, r => Assert.Null(r.Reason));
        var import = harness.Imports.Last();
        Assert.Equal((10, 10, 0, 0), (import.Added, import.Updated, import.Skipped, import.Failed));
        Assert.Empty(import.UnattributedInputIndexes);
        harness.AssertStoreHoldsExactly(data.Select(d => d.Email!));
    }

    [Fact]
    public async Task Overwriting_only_existing_subscribers_reports_them_updated()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(5);
        await harness.RunAsync(data, harness.Options());

        var result = await harness.RunAsync(data.Select(d => new SequenzySubscriberRequest { ExternalId = d.ExternalId, Email = d.Email, FirstName = "Renamed" }), harness.Options());

        Assert.Equal(5, result.Updated);
        Assert.All(harness.Engine.ListSubscribers(harness.Workspace.Id), s => Assert.Equal("Renamed", s.FirstName));
    }

    [Fact]
    public async Task Under_createOnly_a_mix_of_new_and_existing_says_the_skips_cannot_be_named()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(20);
        await harness.RunAsync(data.Take(10), harness.Options());
        var options = harness.Options();
        options.CreateOnly = true;

        var result = await harness.RunAsync(data, options);

        Assert.Equal(20, result.CreatedOrUpdated);
        Assert.All(result.Records, r => Assert.Contains("does not say which records were skipped", r.Reason, StringComparison.Ordinal));
        Assert.Equal((10, 10), (harness.Imports.Last().Added, harness.Imports.Last().Skipped));
        harness.AssertStoreHoldsExactly(data.Select(d => d.Email!));
    }

    [Fact]
    public async Task Under_createOnly_existing_subscribers_are_skipped_and_the_import_uses_the_skip_strategy()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(5);
        await harness.RunAsync(data, harness.Options());
        var options = harness.Options();
        options.CreateOnly = true;

        var result = await harness.RunAsync(data, options);

        Assert.Equal(5, result.Skipped);
        Assert.Contains("\"duplicateStrategy\":\"skip\"", harness.ImportPosts[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOnly_with_another_duplicate_strategy_is_refused()
    {
        await using var harness = new SequenzyBulkHarness();
        var options = harness.Options();
        options.CreateOnly = true;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.BulkImportAsync(
            SequenzyBulkHarness.Subscribers(1), options, importOptions: new SequenzyBulkImportOptions { DuplicateStrategy = SequenzyDuplicateStrategy.Merge }));

        Assert.Equal("DuplicateStrategy", error.ParamName);
        Assert.Empty(harness.Transport.Calls);
    }
}
