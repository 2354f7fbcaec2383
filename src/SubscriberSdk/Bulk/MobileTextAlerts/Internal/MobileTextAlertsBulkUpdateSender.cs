using System.Globalization;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.MobileTextAlerts.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Bulk.MobileTextAlerts.Internal;

/// <summary>
/// Writes chunks through <c>PATCH /v3/subscribers/bulk</c>. Updates change existing subscribers only and
/// a replay writes the same values again, so a retried chunk cannot create anything.
/// </summary>
internal sealed class MobileTextAlertsBulkUpdateSender : IBulkChunkSender<MobileTextAlertsBulkUpdate>
{
    private readonly MobileTextAlertsClient _client;
    private readonly TimeProvider _time;

    public MobileTextAlertsBulkUpdateSender(MobileTextAlertsClient client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public string ProviderName => "Mobile Text Alerts";

    public int MaxChunkSize => BulkOptions.MaxChunkSize;

    public BulkNormalization<MobileTextAlertsBulkUpdate> Normalize(MobileTextAlertsBulkUpdate record, BulkOptions options)
    {
        var keys = (record.Id is not null ? 1 : 0) + (string.IsNullOrWhiteSpace(record.PhoneNumber) ? 0 : 1) + (string.IsNullOrWhiteSpace(record.Email) ? 0 : 1);
        if (keys != 1)
        {
            return BulkNormalization<MobileTextAlertsBulkUpdate>.Reject(keys == 0
                ? "the record has no identifier: set one of Id, PhoneNumber or Email"
                : "the record sets more than one of Id, PhoneNumber and Email; exactly one says which subscriber to update");
        }

        if (record.Changes is null)
        {
            return BulkNormalization<MobileTextAlertsBulkUpdate>.Reject("the record has no Changes");
        }

        string? error = null;
        var phone = string.IsNullOrWhiteSpace(record.PhoneNumber) ? null : ContactNormalizer.Phone(record.PhoneNumber, ProviderPhones.MobileTextAlerts, _client.DefaultRegion, out error);
        var email = error is null && !string.IsNullOrWhiteSpace(record.Email) ? ContactNormalizer.Email(record.Email, out error) : null;
        var changes = error is null ? NormalizeChanges(record.Changes, _client.DefaultRegion, out error) : null;
        if (error is not null)
        {
            return BulkNormalization<MobileTextAlertsBulkUpdate>.Reject(error);
        }

        var normalized = new MobileTextAlertsBulkUpdate { Id = record.Id, PhoneNumber = phone, Email = email, Changes = changes! };
        return BulkNormalization<MobileTextAlertsBulkUpdate>.Ok(normalized, Key(record.Id, phone, email));
    }

    public string Canonical(MobileTextAlertsBulkUpdate record) =>
        Key(record.Id, record.PhoneNumber, record.Email) + '\u001e' + MobileTextAlertsBulkRecords.Canonical(record.Changes);

    public async Task<BulkChunkOutcome> SendAsync(BulkChunk<MobileTextAlertsBulkUpdate> chunk, CancellationToken cancellationToken)
    {
        var body = chunk.Records.Select(r => MobileTextAlertsRequestMapper.FromNormalized(r.Record)).ToList();
        var response = await _client.Subscribers.BulkUpdateAsync(body, cancellationToken).ConfigureAwait(false);
        var updated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in response.Value.UpdatedRecords)
        {
            AddKey(updated, record.Id, record.PhoneNumber, record.Email);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in response.Value.ErrorRecords)
        {
            var message = string.IsNullOrEmpty(record.Error) ? "rejected without a reason" : record.Error;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            AddKey(keys, record.Id, record.PhoneNumber, record.Email);
            foreach (var key in keys)
            {
                errors.TryAdd(key, message);
            }
        }

        var results = chunk.Records.Select(r =>
            updated.Contains(r.NaturalKey) ? new BulkRecordResult(r.InputIndex, BulkRecordStatus.Updated)
            : errors.TryGetValue(r.NaturalKey, out var error) ? new BulkRecordResult(r.InputIndex, BulkRecordStatus.Failed, error)
            : new BulkRecordResult(r.InputIndex, BulkRecordStatus.Failed, "the provider's answer did not mention this record; it may or may not have been updated", IsRetriable: true))
            .ToArray();
        return new BulkChunkOutcome(results, response.Attempts, MobileTextAlertsRateLimitReader.Read(response.Headers, _time.GetUtcNow()));
    }

    private static MobileTextAlertsSubscriberRequest? NormalizeChanges(MobileTextAlertsSubscriberRequest changes, string defaultRegion, out string? error)
    {
        error = null;
        var phone = string.IsNullOrWhiteSpace(changes.PhoneNumber) ? null : ContactNormalizer.Phone(changes.PhoneNumber, ProviderPhones.MobileTextAlerts, defaultRegion, out error);
        var email = error is null && !string.IsNullOrWhiteSpace(changes.Email) ? ContactNormalizer.Email(changes.Email, out error) : null;
        return error is not null ? null : new MobileTextAlertsSubscriberRequest
        {
            PhoneNumber = phone,
            Email = email,
            FirstName = changes.FirstName,
            LastName = changes.LastName,
            GroupIds = changes.GroupIds,
            CustomFields = changes.CustomFields,
            EmployeeNumber = changes.EmployeeNumber,
            WelcomeMessage = changes.WelcomeMessage,
        };
    }

    private static string Key(long? id, string? phone, string? email) =>
        id is { } value ? "id:" + value.ToString(CultureInfo.InvariantCulture)
        : phone is not null ? MobileTextAlertsBulkRecords.PhoneKey(phone)
        : MobileTextAlertsBulkRecords.EmailKey(email!);

    private static void AddKey(HashSet<string> keys, long? id, string? phone, string? email)
    {
        if (id is not null)
        {
            keys.Add(Key(id, null, null));
        }

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
