using SubscriberSdk.Attentive;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Bulk.Attentive.Internal;

/// <summary>
/// Attentive has no bulk endpoint: a chunk is one subscribe call per record (paced by the pipeline at
/// 10 per second). Subscribing is keyed by the user's phone or email, so a replay finds the existing
/// subscription; after an ambiguous attempt that "already subscribed" answer is the first attempt's success.
/// </summary>
internal sealed class AttentiveBulkSender : IBulkChunkSender<AttentiveSubscribeRequest>
{
    private readonly AttentiveClient _client;

    public AttentiveBulkSender(AttentiveClient client) => _client = client;

    public string ProviderName => "Attentive";

    public int MaxChunkSize => BulkOptions.MaxChunkSize;

    public BulkNormalization<AttentiveSubscribeRequest> Normalize(AttentiveSubscribeRequest record, BulkOptions options)
    {
        if (string.IsNullOrWhiteSpace(record.Phone) && string.IsNullOrWhiteSpace(record.Email))
        {
            return BulkNormalization<AttentiveSubscribeRequest>.Reject("the record has no identifier: set a Phone or an Email");
        }

        string? error = null;
        var phone = string.IsNullOrWhiteSpace(record.Phone) ? null : ContactNormalizer.Phone(record.Phone, ProviderPhones.AttentiveImport, _client.DefaultRegion, out error);
        var email = error is null && !string.IsNullOrWhiteSpace(record.Email) ? ContactNormalizer.Email(record.Email, out error) : null;
        if (error is not null)
        {
            return BulkNormalization<AttentiveSubscribeRequest>.Reject(error);
        }

        var normalized = new AttentiveSubscribeRequest
        {
            Phone = phone,
            Email = email,
            SignUpSourceId = record.SignUpSourceId,
            Locale = record.Locale,
            SubscriptionType = record.SubscriptionType,
            SingleOptIn = record.SingleOptIn,
            ClientUserId = record.ClientUserId,
            ExternalIdentifiers = record.ExternalIdentifiers,
        };

        // A user may hold one subscription per type, so the type is part of the identity.
        var identity = phone is not null ? "phone:" + phone : "email:" + email;
        return BulkNormalization<AttentiveSubscribeRequest>.Ok(normalized, $"{identity}|{record.SubscriptionType}|{record.SignUpSourceId}");
    }

    public string Canonical(AttentiveSubscribeRequest record)
    {
        const char separator = CanonicalText.Separator;
        var text = CanonicalText.Start();
        text.Append(record.Phone).Append(separator).Append(record.Email).Append(separator)
            .Append(record.SignUpSourceId).Append(separator).Append(record.Locale?.Language).Append('-').Append(record.Locale?.Country).Append(separator)
            .Append(record.SubscriptionType?.ToString()).Append(separator).Append(record.SingleOptIn?.ToString()).Append(separator)
            .Append(record.ClientUserId).Append(separator);
        if (record.ExternalIdentifiers is { } ids)
        {
            text.Append(ids.ClientUserId).Append(separator).Append(ids.KlaviyoId).Append(separator).Append(ids.ShopifyId).Append(separator);
            foreach (var custom in (ids.CustomIdentifiers ?? []).OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                text.Append(custom.Name).Append('=').Append(custom.Value).Append(separator);
            }
        }

        return CanonicalText.Finish(text);
    }

    public async Task<BulkChunkOutcome> SendAsync(BulkChunk<AttentiveSubscribeRequest> chunk, CancellationToken cancellationToken)
    {
        var results = new List<BulkRecordResult>(chunk.Records.Count);
        var attempts = 0;
        foreach (var record in chunk.Records)
        {
            try
            {
                var response = await _client.Subscriptions.SubscribeAsync(record.Record, cancellationToken).ConfigureAwait(false);
                attempts += response.Attempts;
                var ambiguous = chunk.MayHaveBeenApplied || response.Attempts > 1;
                results.Add(response.Outcome switch
                {
                    OperationOutcome.Created => new BulkRecordResult(record.InputIndex, BulkRecordStatus.Created),
                    OperationOutcome.Skipped when ambiguous => new BulkRecordResult(record.InputIndex, BulkRecordStatus.Created,
                        "subscribed by an earlier attempt of this chunk whose answer was lost"),
                    OperationOutcome.Skipped => new BulkRecordResult(record.InputIndex, BulkRecordStatus.Skipped, "already subscribed"),
                    OperationOutcome.Updated => new BulkRecordResult(record.InputIndex, BulkRecordStatus.Updated),
                    _ => new BulkRecordResult(record.InputIndex, BulkRecordStatus.CreatedOrUpdated),
                });
            }
            catch (SubscriberApiException e) when (e is not AuthenticationFailedException)
            {
                attempts += Math.Max(1, e.Details.Attempts);
                results.Add(new BulkRecordResult(record.InputIndex, BulkRecordStatus.Failed, e.Message, e.IsTransient));
            }
            catch (InvalidSubscriberArgumentException e)
            {
                results.Add(new BulkRecordResult(record.InputIndex, BulkRecordStatus.Failed, e.Message));
            }
        }

        return new BulkChunkOutcome(results, attempts, null);
    }
}
