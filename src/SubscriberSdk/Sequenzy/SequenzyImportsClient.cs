using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated;
using SubscriberSdk.Sequenzy.Generated.Models;
using SubscriberSdk.Sequenzy.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Sequenzy;

/// <summary>Sequenzy imports. Reach it through <see cref="SequenzyClient.Imports"/>.</summary>
public class SequenzyImportsClient : SubscriberResourceClient
{
    private readonly SequenzyApiClient _api;
    internal SequenzyImportsClient(ClientCore core, SequenzyApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzyImportsClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Queues an import of up to 5000 subscribers. The idempotency key (given or generated) is sent on
    /// every retry, so a replay answers the first import (<c>Deduplicated</c>) instead of importing twice.
    /// </summary>
    public virtual Task<SubscriberResponse<SequenzyCreateImportResult>> CreateAsync(
        IEnumerable<SequenzySubscriberRequest> records, SequenzyImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = Guard.Records(records, nameof(records), SequenzyRequestMapper.MaxImportRecords);
        var key = options?.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        if (key.Length is 0 or > 255 || string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidSubscriberArgumentException("options.IdempotencyKey must be 1 to 255 characters and not blank.", $"{nameof(options)}.{nameof(SequenzyImportOptions.IdempotencyKey)}");
        }

        // Numbers written nationally are read in the import's country when it names one, else in the client's.
        var region = options?.DefaultPhoneCountry is { } country
            ? PhoneRegions.Canonical(country) ?? throw new InvalidSubscriberArgumentException(
                "options.DefaultPhoneCountry must be a region code libphonenumber knows, such as \"US\" or \"GB\".", $"{nameof(options)}.{nameof(SequenzyImportOptions.DefaultPhoneCountry)}")
            : Core.DefaultRegion;
        var body = new CreateImportRequest
        {
            Subscribers = [.. list.Select((record, index) => SequenzyRequestMapper.ToImportRecord(record, index, region))],
            DuplicateStrategy = EnumMapping.Convert<SequenzyDuplicateStrategy, DuplicateStrategy>(options?.DuplicateStrategy),
            OptInMode = EnumMapping.Convert<SequenzyOptInMode, OptInMode>(options?.OptInMode),
            ListIds = options?.ListIds?.ToList(),
            EnrollInSequences = options?.EnrollInSequences,
            SmsConsent = options?.SmsConsent,
            DefaultPhoneCountry = options?.DefaultPhoneCountry,
            FileName = options?.FileName,
            IdempotencyKey = key,
        };
        // The key travels in the body (Sequenzy's contract), which the pipeline resends unchanged.
        var call = Core.Call(SequenzyOperations.CreateImport, key);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Imports.PostAsync(body, call.Configure, cancellationToken), SequenzyModelMapper.ToCreateImportResult);
    }

    /// <summary>Gets an import's progress and counts.</summary>
    public virtual Task<SubscriberResponse<SequenzyImport>> GetAsync(string importId, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(importId, nameof(importId), "importId");
        var call = Core.Call(SequenzyOperations.GetImport);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Imports[id].GetAsync(call.Configure, cancellationToken), static r => SequenzyModelMapper.ToImport(ResponseValue.Required(r.Import)));
    }
}
