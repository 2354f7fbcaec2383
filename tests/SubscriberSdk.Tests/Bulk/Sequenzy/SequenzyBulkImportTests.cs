using SubscriberSdk.Bulk;
using SubscriberSdk.Sequenzy;

namespace SubscriberSdk.Tests.Bulk.Sequenzy;

/// <summary>Bulk imports against the simulator: chunks as imports, every record once, local rejections with reasons.</summary>
public sealed class SequenzyBulkImportTests
{
    [Fact]
    public async Task Records_2500_go_in_3_imports_and_each_is_stored_once()
    {
        await using var harness = new SequenzyBulkHarness();
        var data = SequenzyBulkHarness.Subscribers(2500);

        var result = await harness.RunAsync(data, harness.Options());

        Assert.Equal(3, harness.ImportPosts.Count);
        Assert.Equal([1000, 1000, 500], result.Chunks.OrderBy(c => c.ChunkIndex).Select(c => c.Records.Count));
        Assert.Equal(2500, result.Created);
        Assert.True(result.IsComplete);
        Assert.All(harness.Imports, i => Assert.False(i.Deduplicated));
        Assert.All(harness.Imports, i => Assert.Empty(i.UnattributedInputIndexes));
        harness.AssertStoreHoldsExactly(data.Select(d => d.Email!));
    }

    [Fact]
    public async Task Emails_are_trimmed_and_lowercased_and_the_chunk_key_is_the_idempotency_key()
    {
        await using var harness = new SequenzyBulkHarness();
        SequenzySubscriberRequest[] data = [new() { Email = "  Ada.Lovelace@Example.COM ", FirstName = "Ada" }];

        var result = await harness.RunAsync(data, harness.Options());

        Assert.Equal(BulkRecordStatus.Created, result.Records[0].Status);
        Assert.Equal(["ada.lovelace@example.com"], harness.StoredEmails());
        Assert.Contains($"\"idempotencyKey\":\"{result.Chunks[0].ChunkKey}\"", harness.ImportPosts[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"duplicateStrategy\":\"overwrite\"", harness.ImportPosts[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_records_are_reported_locally_with_reasons_and_valid_ones_all_written()
    {
        await using var harness = new SequenzyBulkHarness();
        var valid = SequenzyBulkHarness.Subscribers(30);
        List<SequenzySubscriberRequest?> input = [.. valid];
        input.Insert(3, null);
        input.Insert(6, new() { FirstName = "no identifier" });
        input.Insert(9, new() { Phone = "+19148440002" });
        input.Insert(12, new() { Email = "missing-domain@" });
        input.Insert(15, new() { Email = "x@example.com", Phone = "+1 555" });
        input.Insert(18, new() { Email = "lists@example.com", Lists = ["list_a"] });
        input.Insert(21, new() { Email = "tags@example.com", Tags = [.. Enumerable.Range(0, 1001).Select(i => $"t{i}")] });

        var result = await harness.RunAsync(input, harness.Options(chunkSize: 10));

        Assert.Equal(37, result.Total);
        Assert.Equal(30, result.Created);
        Assert.Equal(7, result.Failed);
        Assert.All(new[] { 3, 6, 9, 12, 15, 18, 21 }, i =>
        {
            Assert.Equal(BulkRecordStatus.Failed, result.Records[i].Status);
            Assert.Equal(-1, result.Records[i].ChunkIndex);
            Assert.False(result.Records[i].IsRetriable);
            Assert.False(string.IsNullOrEmpty(result.Records[i].Reason));
        });
        Assert.Contains("ExternalId or an Email", result.Records[9].Reason);
        Assert.Contains("SequenzyBulkImportOptions", result.Records[18].Reason);
        Assert.Contains("1001", result.Records[21].Reason);
        Assert.DoesNotContain("missing-domain", result.Records[12].Reason);
        harness.AssertStoreHoldsExactly(valid.Select(d => d.Email!));
    }

    [Fact]
    public async Task Duplicates_by_external_id_keep_the_last_one_and_report_the_first_as_skipped()
    {
        await using var harness = new SequenzyBulkHarness();
        SequenzySubscriberRequest[] data =
        [
            new() { ExternalId = "u-1", Email = "first@example.com" },
            new() { ExternalId = "u-1", Email = "second@example.com" },
        ];

        var result = await harness.RunAsync(data, harness.Options());

        Assert.Equal(BulkRecordStatus.Skipped, result.Records[0].Status);
        Assert.Equal(BulkRecordStatus.Created, result.Records[1].Status);
        Assert.Equal(["second@example.com"], harness.StoredEmails());
    }

    [Fact]
    public async Task A_chunk_size_over_the_import_limit_is_refused_before_any_request()
    {
        await using var harness = new SequenzyBulkHarness();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.RunAsync(SequenzyBulkHarness.Subscribers(3), harness.Options(chunkSize: 5001)));

        Assert.Equal("ChunkSize", error.ParamName);
        Assert.Contains("5000", error.Message);
        Assert.Empty(harness.Transport.Calls);
    }
}
