using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Bulk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Bulk import for Sequenzy through its import endpoint: one import per chunk (up to 5000 records; default
/// 1000) with the chunk key as <c>idempotencyKey</c>, so a retried or resumed chunk is deduplicated by
/// Sequenzy instead of applied twice; each import is polled on <see cref="BulkOptions.TimeProvider"/> (default: the client's clock) until it completes.
/// </summary>
/// <remarks>
/// What the result can say: Sequenzy's import status carries counts and reasons only, never per-record outcomes.
/// A chunk with no failures reports its records as <see cref="BulkRecordStatus.Created"/> or
/// <see cref="BulkRecordStatus.Updated"/> when the counts show all were, else
/// <see cref="BulkRecordStatus.CreatedOrUpdated"/> (with the skip counts in the reason when some were skipped).
/// A chunk whose records all failed reports each as failed with the reasons. A chunk with some but not all
/// failed cannot name the failing records: each record is reported as a retriable failure whose reason starts
/// with "unattributed: " and carries the chunk's counts and reasons (it may have been written; sending it
/// again is a safe upsert); <see cref="SequenzyBulkImportOptions.ChunkImported"/> reports the same per chunk
/// with <see cref="SequenzyChunkImport.UnattributedInputIndexes"/>.
/// </remarks>
public static class SequenzyBulkExtensions
{
    /// <summary>Imports every record; invalid records (and settings imports cannot take per record) are reported in the result.</summary>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    /// <exception cref="BulkCheckpointMismatchException">The checkpoint belongs to another run or input.</exception>
    /// <exception cref="AuthenticationFailedException">The API key was refused.</exception>
    public static Task<BulkResult> BulkImportAsync(
        this SequenzyClient client,
        IEnumerable<SequenzySubscriberRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        SequenzyBulkImportOptions? importOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, options, progress, importOptions).RunAsync(records, cancellationToken);
    }

    /// <summary>The streaming form of <see cref="BulkImportAsync(SequenzyClient, IEnumerable{SequenzySubscriberRequest?}, BulkOptions?, IProgress{BulkProgress}?, SequenzyBulkImportOptions?, CancellationToken)"/>.</summary>
    public static Task<BulkResult> BulkImportAsync(
        this SequenzyClient client,
        IAsyncEnumerable<SequenzySubscriberRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        SequenzyBulkImportOptions? importOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, options, progress, importOptions).RunAsync(records, cancellationToken);
    }

    private static BulkRunner<SequenzySubscriberRequest> Runner(
        SequenzyClient client, BulkOptions? options, IProgress<BulkProgress>? progress, SequenzyBulkImportOptions? importOptions)
    {
        ArgumentNullException.ThrowIfNull(client);
        options = (options ?? new BulkOptions()).WithDefaultClock(client.TimeProvider);
        importOptions ??= new SequenzyBulkImportOptions();
        importOptions.Validate(options.CreateOnly);
        return new BulkRunner<SequenzySubscriberRequest>(new SequenzyBulkSender(client, options, importOptions), options, progress);
    }
}
