using System.Globalization;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Essential;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Bulk.Essential.Internal;

/// <summary>
/// Essential has no bulk endpoint: a chunk is written as one upsert per record (natural key: the phone
/// number), so a replay after an ambiguous attempt updates the subscriber it created. The engine runs
/// chunks in parallel up to <see cref="BulkOptions.MaxConcurrency"/>; inside a chunk calls go one by one.
/// </summary>
internal sealed class EssentialBulkSender : IBulkChunkSender<EssentialUpsertRequest>
{
    private readonly EssentialClient _client;
    private readonly string _channelSid;

    public EssentialBulkSender(EssentialClient client, string channelSid)
    {
        _client = client;
        _channelSid = channelSid;
    }

    public string ProviderName => "Essential";

    public int MaxChunkSize => BulkOptions.MaxChunkSize;

    public BulkNormalization<EssentialUpsertRequest> Normalize(EssentialUpsertRequest record, BulkOptions options)
    {
        if (string.IsNullOrWhiteSpace(record.PhoneNumber))
        {
            return BulkNormalization<EssentialUpsertRequest>.Reject("the record has no identifier: Essential needs a PhoneNumber");
        }

        var phone = ContactNormalizer.Phone(record.PhoneNumber, ProviderPhones.Essential, _client.DefaultRegion, out var phoneError);
        if (phoneError is not null || phone is null)
        {
            return BulkNormalization<EssentialUpsertRequest>.Reject(phoneError ?? "the phone number is not valid");
        }

        string? emailError = null;
        var email = string.IsNullOrWhiteSpace(record.EmailAddress) ? null : ContactNormalizer.Email(record.EmailAddress, out emailError);
        if (emailError is not null)
        {
            return BulkNormalization<EssentialUpsertRequest>.Reject(emailError);
        }

        var normalized = new EssentialUpsertRequest
        {
            PhoneNumber = phone,
            EmailAddress = email,
            ExternalUserId = record.ExternalUserId,
            Properties = record.Properties,
            TagSids = record.TagSids,
            Reset = record.Reset,
            Welcome = record.Welcome,
            Status = record.Status,
        };
        return BulkNormalization<EssentialUpsertRequest>.Ok(normalized, "phone:" + phone);
    }

    public string Canonical(EssentialUpsertRequest record)
    {
        const char separator = CanonicalText.Separator;
        var text = CanonicalText.Start();
        text.Append(record.PhoneNumber).Append(separator).Append(record.EmailAddress).Append(separator)
            .Append(record.ExternalUserId).Append(separator).Append(record.Reset).Append(separator)
            .Append(record.Status?.ToString()).Append(separator)
            .Append(record.Welcome?.Kind.ToString()).Append(record.Welcome?.MessageBody).Append(record.Welcome?.WorkflowSid).Append(separator);
        if (record.TagSids is { Count: > 0 } tags)
        {
            foreach (var tag in tags.Order(StringComparer.Ordinal))
            {
                text.Append(tag).Append(',');
            }
        }

        text.Append(separator);
        if (record.Properties is { Count: > 0 } properties)
        {
            foreach (var property in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(property.Key).Append('=').Append(property.Value).Append(separator);
            }
        }

        return CanonicalText.Finish(text);
    }

    public async Task<BulkChunkOutcome> SendAsync(BulkChunk<EssentialUpsertRequest> chunk, CancellationToken cancellationToken)
    {
        var results = new List<BulkRecordResult>(chunk.Records.Count);
        var attempts = 0;
        foreach (var record in chunk.Records)
        {
            try
            {
                var response = await _client.Subscribers.UpsertAsync(_channelSid, record.Record, cancellationToken).ConfigureAwait(false);
                attempts += response.Attempts;
                var ambiguous = chunk.MayHaveBeenApplied || response.Attempts > 1;
                results.Add(response.Outcome switch
                {
                    OperationOutcome.Created => new BulkRecordResult(record.InputIndex, BulkRecordStatus.Created),
                    OperationOutcome.Updated when ambiguous => new BulkRecordResult(record.InputIndex, BulkRecordStatus.CreatedOrUpdated,
                        "written; an earlier attempt whose answer was lost may have created it"),
                    OperationOutcome.Updated => new BulkRecordResult(record.InputIndex, BulkRecordStatus.Updated),
                    _ => new BulkRecordResult(record.InputIndex, BulkRecordStatus.Skipped, string.Create(CultureInfo.InvariantCulture, $"the provider answered {response.Outcome}")),
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
