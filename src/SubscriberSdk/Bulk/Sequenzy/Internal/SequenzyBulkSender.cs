using System.Globalization;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy;
using SubscriberSdk.Sequenzy.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Bulk.Sequenzy.Internal;

/// <summary>
/// One Sequenzy import per chunk, with the chunk key as <c>idempotencyKey</c>: a retried or resumed chunk
/// with the same content is answered with the first import (<c>deduplicated</c>), never applied twice.
/// The import is then polled on the run's clock until it completes, and its counts become the results.
/// </summary>
internal sealed class SequenzyBulkSender : IBulkChunkSender<SequenzySubscriberRequest>
{
    private readonly SequenzyClient _client;
    private readonly SequenzyBulkImportOptions _import;
    private readonly TimeProvider _clock;
    private readonly SequenzyImportOptions _requestOptions;

    public SequenzyBulkSender(SequenzyClient client, BulkOptions options, SequenzyBulkImportOptions import)
    {
        _client = client;
        _import = import;
        _clock = options.TimeProvider;
        _requestOptions = new SequenzyImportOptions
        {
            DuplicateStrategy = options.CreateOnly ? SequenzyDuplicateStrategy.Skip : import.DuplicateStrategy ?? SequenzyDuplicateStrategy.Overwrite,
            OptInMode = import.OptInMode,
            ListIds = import.ListIds,
            SmsConsent = import.SmsConsent,
        };
    }

    public string ProviderName => "Sequenzy";

    public int MaxChunkSize => SequenzyRequestMapper.MaxImportRecords;

    public BulkNormalization<SequenzySubscriberRequest> Normalize(SequenzySubscriberRequest record, BulkOptions options)
    {
        if (PerRecordSetting(record) is { } setting)
        {
            return BulkNormalization<SequenzySubscriberRequest>.Reject(
                $"{setting} is set on the record, but Sequenzy imports take it for the whole import only; set it in SequenzyBulkImportOptions instead");
        }

        var externalId = string.IsNullOrWhiteSpace(record.ExternalId) ? null : record.ExternalId.Trim();
        string? error = null;
        var email = string.IsNullOrWhiteSpace(record.Email) ? null : ContactNormalizer.Email(record.Email, out error);
        var phone = error is null && !string.IsNullOrWhiteSpace(record.Phone) ? ContactNormalizer.Phone(record.Phone, ProviderPhones.Sequenzy, _client.DefaultRegion, out error) : null;
        if (error is not null)
        {
            return BulkNormalization<SequenzySubscriberRequest>.Reject(error);
        }

        if (externalId is null && email is null)
        {
            // Sequenzy matches subscribers by externalId, then email: without either, a re-run would create a second contact.
            return BulkNormalization<SequenzySubscriberRequest>.Reject("the record has no identifier Sequenzy matches on: set an ExternalId or an Email");
        }

        if (email is null && phone is null)
        {
            return BulkNormalization<SequenzySubscriberRequest>.Reject("an imported record needs an Email or a Phone besides its ExternalId");
        }

        var normalized = new SequenzySubscriberRequest
        {
            Email = email,
            ExternalId = externalId,
            FirstName = record.FirstName,
            LastName = record.LastName,
            Phone = phone,
            Status = record.Status,
            Tags = record.Tags,
            CustomAttributes = record.CustomAttributes,
            Timezone = record.Timezone,
        };
        try
        {
            // Whatever the facade would refuse in a chunk is refused here, for this record alone.
            SequenzyRequestMapper.ToImportRecord(normalized, 0, _client.DefaultRegion);
        }
        catch (InvalidSubscriberArgumentException e)
        {
            return BulkNormalization<SequenzySubscriberRequest>.Reject("Sequenzy would refuse the record: " + e.Message);
        }

        return BulkNormalization<SequenzySubscriberRequest>.Ok(normalized, externalId is not null ? "externalId:" + externalId : "email:" + email);
    }

    public string Canonical(SequenzySubscriberRequest record)
    {
        const char separator = CanonicalText.Separator;
        var text = CanonicalText.Start();
        text.Append(record.Email).Append(separator).Append(record.ExternalId).Append(separator)
            .Append(record.FirstName).Append(separator).Append(record.LastName).Append(separator)
            .Append(record.Phone).Append(separator).Append(record.Status?.ToString()).Append(separator)
            .Append(record.Timezone).Append(separator);
        foreach (var tag in record.Tags ?? [])
        {
            text.Append(tag).Append(',');
        }

        text.Append(separator);
        if (record.CustomAttributes is { Count: > 0 } attributes)
        {
            foreach (var (name, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                text.Append(name).Append('=').Append(value?.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(separator);
            }
        }

        return CanonicalText.Finish(text);
    }

    public async Task<BulkChunkOutcome> SendAsync(BulkChunk<SequenzySubscriberRequest> chunk, CancellationToken cancellationToken)
    {
        var options = new SequenzyImportOptions
        {
            DuplicateStrategy = _requestOptions.DuplicateStrategy,
            OptInMode = _requestOptions.OptInMode,
            ListIds = _requestOptions.ListIds,
            SmsConsent = _requestOptions.SmsConsent,
            IdempotencyKey = chunk.Key,
        };
        SubscriberResponse<SequenzyCreateImportResult> created;
        try
        {
            created = await _client.Imports.CreateAsync(chunk.Records.Select(r => r.Record), options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidSubscriberArgumentException e)
        {
            // The facade refused the chunk before sending (e.g. too many tags on a record): nothing was written.
            var refused = chunk.Records.Select(r => new BulkRecordResult(r.InputIndex, BulkRecordStatus.Failed, $"the chunk was refused before sending: {e.Message}")).ToArray();
            return new BulkChunkOutcome(refused, 0, null);
        }

        var import = created.Value.Import;
        if (import is not { Id: { Length: > 0 } importId })
        {
            throw Failure(chunk, "Sequenzy accepted the import but its answer has no import id", transient: true);
        }

        var attempts = created.Attempts;
        var started = _clock.GetTimestamp();
        while (import.Status != SequenzyImportStatus.Completed)
        {
            if (_clock.GetElapsedTime(started) >= _import.MaxPollDuration)
            {
                // Left out of the checkpoint on purpose: a resume sends the same key and reads this import's outcome.
                throw Failure(chunk, $"import {importId} of chunk {chunk.Index} was still running after {_import.MaxPollDuration}; resume the run to read its outcome (the same idempotency key answers this import)", transient: true);
            }

            await ClockWaits.DelayAsync(_import.PollInterval, _clock, cancellationToken).ConfigureAwait(false);
            var read = await _client.Imports.GetAsync(importId, cancellationToken).ConfigureAwait(false);
            attempts += read.Attempts;
            import = read.Value;
        }

        var (records, summary) = SequenzyImportOutcome.Map(chunk, import, created.Value.Deduplicated == true);
        _import.ChunkImported?.Invoke(summary);
        return new BulkChunkOutcome(records, attempts, null);
    }

    private static SubscriberApiException Failure(BulkChunk<SequenzySubscriberRequest> chunk, string message, bool transient) =>
        new(message, new SubscriberErrorDetails { Provider = "Sequenzy", Operation = $"bulk import chunk {chunk.Index}", IsTransient = transient });

    private static string? PerRecordSetting(SequenzySubscriberRequest record) =>
        record.Lists is not null ? nameof(record.Lists)
        : record.SmsConsent is not null ? nameof(record.SmsConsent)
        : record.DuplicateStrategy is not null ? nameof(record.DuplicateStrategy)
        : record.OptInMode is not null ? nameof(record.OptInMode)
        : record.EnrollInSequences is not null ? nameof(record.EnrollInSequences)
        : null;
}
