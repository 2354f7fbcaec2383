using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Essential.Internal;
using SubscriberSdk.Bulk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>
/// Bulk upsert for Essential, which has no bulk endpoint: one upsert per record, chunks in parallel up
/// to <see cref="BulkOptions.MaxConcurrency"/>, with the same normalisation, results and checkpoints as
/// every other provider. Chunks are the unit of checkpointing; pick a smaller <see cref="BulkOptions.ChunkSize"/>
/// (e.g. 50) to checkpoint more often.
/// </summary>
public static class EssentialBulkExtensions
{
    /// <summary>Upserts every record on <paramref name="channelSid"/>; invalid and rejected records are reported in the result.</summary>
    /// <exception cref="ArgumentException">Invalid options; <see cref="BulkOptions.CreateOnly"/> (Essential's upsert has no create-only mode).</exception>
    /// <exception cref="BulkCheckpointMismatchException">The checkpoint belongs to another run or input.</exception>
    /// <exception cref="AuthenticationFailedException">The credentials were refused.</exception>
    public static Task<BulkResult> BulkUpsertAsync(
        this EssentialClient client,
        string channelSid,
        IEnumerable<EssentialUpsertRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, channelSid, options, progress).RunAsync(records, cancellationToken);
    }

    /// <summary>The streaming form of <see cref="BulkUpsertAsync(EssentialClient, string, IEnumerable{EssentialUpsertRequest?}, BulkOptions?, IProgress{BulkProgress}?, CancellationToken)"/>.</summary>
    public static Task<BulkResult> BulkUpsertAsync(
        this EssentialClient client,
        string channelSid,
        IAsyncEnumerable<EssentialUpsertRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, channelSid, options, progress).RunAsync(records, cancellationToken);
    }

    private static BulkRunner<EssentialUpsertRequest> Runner(EssentialClient client, string channelSid, BulkOptions? options, IProgress<BulkProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelSid);
        options = (options ?? new BulkOptions()).WithDefaultClock(client.TimeProvider);
        if (options.CreateOnly)
        {
            throw new ArgumentException("Essential's upsert has no create-only mode; leave BulkOptions.CreateOnly false.", nameof(options));
        }

        return new BulkRunner<EssentialUpsertRequest>(new EssentialBulkSender(client, channelSid), options, progress);
    }
}
