using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.MobileTextAlerts.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>The Mobile Text Alerts opt-out list. Reach it through <see cref="MobileTextAlertsClient.Unsubscribes"/>.</summary>
public class MobileTextAlertsUnsubscribesClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly MobileTextAlertsApiClient _api;

    internal MobileTextAlertsUnsubscribesClient(ClientCore core, MobileTextAlertsApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsUnsubscribesClient()
    {
        _api = null!;
    }

    /// <summary>Opts a phone number out of all messages from the account.</summary>
    /// <returns>The provider's confirmation message (empty when it sent none), with <see cref="OperationOutcome.Removed"/>.</returns>
    public virtual Task<SubscriberWriteResponse<string>> UnsubscribeAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        var body = new CreateUnsubscribeRequest { Number = Phone(phoneNumber) };
        var call = Core.Call(MobileTextAlertsOperations.Unsubscribe);
        return call.WriteAsync(
            () => _api.V3.Unsubscribes.PostAsync(body, call.Configure, cancellationToken), static r => r.Message ?? string.Empty, static (_, _) => OperationOutcome.Removed);
    }

    /// <summary>
    /// Opts up to 1000 phone numbers out in one request. Every number is checked here first (a malformed one throws
    /// before anything is sent); numbers the provider still refuses come back in <c>ErrorRecords</c>.
    /// </summary>
    /// <param name="phoneNumbers">Numbers with a plus, or written nationally in the client's <c>DefaultRegion</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidSubscriberArgumentException">No numbers, more than 1000, or one that is not a phone number; nothing is sent.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsBulkUnsubscribeResult>> BulkUnsubscribeAsync(IEnumerable<string> phoneNumbers, CancellationToken cancellationToken = default)
    {
        var numbers = Guard.Records(phoneNumbers, nameof(phoneNumbers));
        var body = numbers.Select((number, i) => new CreateUnsubscribeRequest
        {
            Number = PhoneArgument.E164(Guard.Required(number, $"{nameof(phoneNumbers)}[{i}]", $"{nameof(phoneNumbers)}[{i}]"), ProviderPhones.MobileTextAlerts, Core.DefaultRegion, $"{nameof(phoneNumbers)}[{i}]"),
        }).ToList();
        var call = Core.Call(MobileTextAlertsOperations.BulkUnsubscribe);
        return call.RunAsync(
            () => _api.V3.Unsubscribes.Bulk.PostAsync(body, call.Configure, cancellationToken),
            static r => MobileTextAlertsModelMapper.ToBulkUnsubscribeResult(ResponseValue.Required(r.Data)));
    }

    /// <summary>Whether a phone number is on the opt-out list.</summary>
    public virtual Task<SubscriberResponse<bool>> IsUnsubscribedAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        var number = Phone(phoneNumber);
        var call = Core.Call(MobileTextAlertsOperations.UnsubscribeStatus);
        return call.RunAsync(() => _api.V3.Unsubscribes[number].GetAsync(call.Configure, cancellationToken), static r => ResponseValue.Required(ResponseValue.Required(r.Data).Unsubscribed));
    }

    /// <summary>The number in E.164, read with the client's default region when written nationally.</summary>
    private string Phone(string phoneNumber) =>
        PhoneArgument.E164(Guard.Required(phoneNumber, nameof(phoneNumber), "phoneNumber"), ProviderPhones.MobileTextAlerts, Core.DefaultRegion, nameof(phoneNumber))!;

    /// <summary>Lists the opted-out numbers (optionally matching <paramref name="query"/>), oldest first, fetching 1-based pages as you enumerate.</summary>
    /// <param name="query">Digits to search for in the opted-out numbers; a leading <c>+</c> is ignored.</param>
    /// <param name="pageSize">Entries per request, 1 to 1000 (default 1000: fewer requests against the 15 per 15 s limit).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="InvalidSubscriberArgumentException"><paramref name="pageSize"/> is out of range; thrown by the call, before anything is sent.</exception>
    public virtual SubscriberPageable<MobileTextAlertsUnsubscribe> ListAsync(string? query = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        return MobileTextAlertsPager.Pageable(
            Core,
            MobileTextAlertsOperations.ListUnsubscribes,
            size,
            (call, page, stop) => _api.V3.Unsubscribes.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PageSize = size;
                    configuration.QueryParameters.Query = query;
                },
                stop),
            static page => (page.Data?.Rows ?? []).Select(MobileTextAlertsModelMapper.ToUnsubscribe).ToList(),
            static page => page.Data?.Total,
            cancellationToken);
    }
}
