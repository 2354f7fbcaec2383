using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.Bulk.MobileTextAlerts.Internal;

/// <summary>
/// Writes chunks through <c>POST /v3/subscribers/bulk</c>. The endpoint takes no idempotency key, so a
/// replay relies on its natural-key upsert: without createOnly a replay updates the same subscribers;
/// with createOnly a record that "already exists" after a possibly applied earlier attempt (a retry
/// inside the pipeline, or a chunk left unfinished by a stopped run) is that attempt's creation.
/// </summary>
internal sealed class MobileTextAlertsBulkCreateSender : IBulkChunkSender<MobileTextAlertsSubscriberRequest>
{
    private const string AlreadyExists = "already exists";
    private readonly MobileTextAlertsClient _client;
    private readonly TimeProvider _time;

    public MobileTextAlertsBulkCreateSender(MobileTextAlertsClient client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public string ProviderName => "Mobile Text Alerts";

    public int MaxChunkSize => BulkOptions.MaxChunkSize;

    public BulkNormalization<MobileTextAlertsSubscriberRequest> Normalize(MobileTextAlertsSubscriberRequest record, BulkOptions options) =>
        MobileTextAlertsBulkRecords.Normalize(record, _client.DefaultRegion);

    public string Canonical(MobileTextAlertsSubscriberRequest record) => MobileTextAlertsBulkRecords.Canonical(record);

    public async Task<BulkChunkOutcome> SendAsync(BulkChunk<MobileTextAlertsSubscriberRequest> chunk, CancellationToken cancellationToken)
    {
        var body = chunk.Records.Select(r => MobileTextAlertsRequestMapper.FromNormalized(r.Record)).ToList();
        var response = await _client.Subscribers.BulkCreateAsync(body, chunk.CreateOnly, cancellationToken).ConfigureAwait(false);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subscriber in response.Value.CreatedRecords)
        {
            AddKeys(written, subscriber.E164Number, subscriber.Email);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in response.Value.ErrorRecords)
        {
            var key = error.E164Number is { Length: > 0 } phone ? MobileTextAlertsBulkRecords.PhoneKey(phone)
                : error.Email is { Length: > 0 } email ? MobileTextAlertsBulkRecords.EmailKey(email) : null;
            if (key is not null)
            {
                errors.TryAdd(key, error.Error ?? "rejected without a reason");
            }
        }

        var ambiguous = chunk.MayHaveBeenApplied || response.Attempts > 1;
        var results = chunk.Records.Select(r => Classify(r, written, errors, chunk.CreateOnly, ambiguous)).ToArray();
        return new BulkChunkOutcome(results, response.Attempts, MobileTextAlertsRateLimitReader.Read(response.Headers, _time.GetUtcNow()));
    }

    private static BulkRecordResult Classify(
        BulkPreparedRecord<MobileTextAlertsSubscriberRequest> record, HashSet<string> written, Dictionary<string, string> errors, bool createOnly, bool ambiguous)
    {
        var emailKey = record.Record.Email is { } email ? MobileTextAlertsBulkRecords.EmailKey(email) : null;
        if (written.Contains(record.NaturalKey) || (emailKey is not null && written.Contains(emailKey)))
        {
            return new BulkRecordResult(record.InputIndex, createOnly ? BulkRecordStatus.Created : BulkRecordStatus.CreatedOrUpdated);
        }

        if (!errors.TryGetValue(record.NaturalKey, out var error) && (emailKey is null || !errors.TryGetValue(emailKey, out error)))
        {
            return new BulkRecordResult(record.InputIndex, BulkRecordStatus.Failed,
                "the provider's answer did not mention this record; it may or may not have been written", IsRetriable: true);
        }

        if (createOnly && error.Contains(AlreadyExists, StringComparison.OrdinalIgnoreCase))
        {
            return ambiguous
                ? new BulkRecordResult(record.InputIndex, BulkRecordStatus.Created, "created by an earlier attempt of this chunk whose answer was lost")
                : new BulkRecordResult(record.InputIndex, BulkRecordStatus.Skipped, "the subscriber already exists (createOnly)");
        }

        return new BulkRecordResult(record.InputIndex, BulkRecordStatus.Failed, error);
    }

    private static void AddKeys(HashSet<string> keys, string? phone, string? email)
    {
        if (!string.IsNullOrEmpty(phone))
        {
            keys.Add(MobileTextAlertsBulkRecords.PhoneKey(phone));
        }

        if (!string.IsNullOrEmpty(email))
        {
            keys.Add(MobileTextAlertsBulkRecords.EmailKey(email));
        }
    }
}
