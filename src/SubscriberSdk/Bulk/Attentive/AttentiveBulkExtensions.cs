using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Attentive.Internal;
using SubscriberSdk.Bulk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>
/// Bulk subscribe for Attentive, which has no bulk endpoint: one paced subscribe call per record, chunks
/// in parallel up to <see cref="BulkOptions.MaxConcurrency"/>, with the same normalisation, results and
/// checkpoints as every other provider. Existing subscriptions are reported as skipped.
/// </summary>
public static class AttentiveBulkExtensions
{
    /// <summary>Subscribes every record; invalid and rejected records are reported in the result.</summary>
    /// <exception cref="ArgumentException">Invalid options (<see cref="BulkOptions.CreateOnly"/> is implied and must stay false).</exception>
    /// <exception cref="BulkCheckpointMismatchException">The checkpoint belongs to another run or input.</exception>
    /// <exception cref="AuthenticationFailedException">The access token was refused.</exception>
    public static Task<BulkResult> BulkSubscribeAsync(
        this AttentiveClient client,
        IEnumerable<AttentiveSubscribeRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, options, progress).RunAsync(records, cancellationToken);
    }

    /// <summary>The streaming form of <see cref="BulkSubscribeAsync(AttentiveClient, IEnumerable{AttentiveSubscribeRequest?}, BulkOptions?, IProgress{BulkProgress}?, CancellationToken)"/>.</summary>
    public static Task<BulkResult> BulkSubscribeAsync(
        this AttentiveClient client,
        IAsyncEnumerable<AttentiveSubscribeRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, options, progress).RunAsync(records, cancellationToken);
    }

    private static BulkRunner<AttentiveSubscribeRequest> Runner(AttentiveClient client, BulkOptions? options, IProgress<BulkProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(client);
        options = (options ?? new BulkOptions()).WithDefaultClock(client.TimeProvider);
        if (options.CreateOnly)
        {
            throw new ArgumentException("Subscribing never changes an existing subscription, so BulkOptions.CreateOnly does not apply; leave it false.", nameof(options));
        }

        return new BulkRunner<AttentiveSubscribeRequest>(new AttentiveBulkSender(client), options, progress);
    }
}
