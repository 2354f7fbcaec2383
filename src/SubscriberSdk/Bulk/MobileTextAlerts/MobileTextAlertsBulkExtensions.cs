using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Bulk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>
/// Idempotent bulk import for Mobile Text Alerts: records are normalised, checked, de-duplicated and sent
/// 1000 per request through the bulk endpoint, paced to the account's 15 requests per 15 seconds.
/// </summary>
public static class MobileTextAlertsBulkExtensions
{
    /// <summary>
    /// Creates (or, unless <see cref="BulkOptions.CreateOnly"/>, updates) every record. Invalid records and
    /// records the provider rejects are reported in the result, never thrown; a stopped run resumes from
    /// <see cref="BulkOptions.CheckpointStore"/> when given the same <see cref="BulkOptions.RunId"/>.
    /// </summary>
    /// <remarks>
    /// The whole input is read before the first request: de-duplication (last one wins) and the checkpoint's
    /// input fingerprint need all of it. Memory grows with the input (roughly a few hundred bytes per record).
    /// </remarks>
    /// <exception cref="ArgumentException">The options are invalid (e.g. a chunk size over 1000).</exception>
    /// <exception cref="BulkCheckpointMismatchException">The checkpoint belongs to another run or input.</exception>
    /// <exception cref="AuthenticationFailedException">The API key was refused.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; finished chunks are checkpointed.</exception>
    public static Task<BulkResult> BulkCreateAsync(
        this MobileTextAlertsClient client,
        IEnumerable<MobileTextAlertsSubscriberRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, options, progress).RunAsync(records, cancellationToken);
    }

    /// <summary>The streaming form of <see cref="BulkCreateAsync(MobileTextAlertsClient, IEnumerable{MobileTextAlertsSubscriberRequest?}, BulkOptions?, IProgress{BulkProgress}?, CancellationToken)"/>.</summary>
    public static Task<BulkResult> BulkCreateAsync(
        this MobileTextAlertsClient client,
        IAsyncEnumerable<MobileTextAlertsSubscriberRequest?> records,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(records);
        return Runner(client, options, progress).RunAsync(records, cancellationToken);
    }

    /// <summary>
    /// Updates existing subscribers, each found by exactly one of id, phone number or email, through the
    /// bulk update endpoint. Unknown subscribers are reported as failed; nothing is created.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options, or <see cref="BulkOptions.CreateOnly"/> (meaningless for updates).</exception>
    /// <exception cref="BulkCheckpointMismatchException">The checkpoint belongs to another run or input.</exception>
    /// <exception cref="AuthenticationFailedException">The API key was refused.</exception>
    public static Task<BulkResult> BulkUpdateAsync(
        this MobileTextAlertsClient client,
        IEnumerable<MobileTextAlertsBulkUpdate?> updates,
        BulkOptions? options = null,
        IProgress<BulkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(updates);
        options = (options ?? new BulkOptions()).WithDefaultClock(client.TimeProvider);
        if (options.CreateOnly)
        {
            throw new ArgumentException("BulkOptions.CreateOnly does not apply to updates; leave it false.", nameof(options));
        }

        return new BulkRunner<MobileTextAlertsBulkUpdate>(new MobileTextAlertsBulkUpdateSender(client, options.TimeProvider), options, progress)
            .RunAsync(updates, cancellationToken);
    }

    private static BulkRunner<MobileTextAlertsSubscriberRequest> Runner(MobileTextAlertsClient client, BulkOptions? options, IProgress<BulkProgress>? progress)
    {
        options = (options ?? new BulkOptions()).WithDefaultClock(client.TimeProvider);
        return new BulkRunner<MobileTextAlertsSubscriberRequest>(new MobileTextAlertsBulkCreateSender(client, options.TimeProvider), options, progress);
    }
}
