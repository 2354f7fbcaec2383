using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated;
using SubscriberSdk.MobileTextAlerts.Generated.V3.Subscribers.Bulk;
using SubscriberSdk.MobileTextAlerts.Generated.Models;
using SubscriberSdk.MobileTextAlerts.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Mobile Text Alerts subscribers. Reach it through <see cref="MobileTextAlertsClient.Subscribers"/>.</summary>
public class MobileTextAlertsSubscribersClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly MobileTextAlertsApiClient _api;

    internal MobileTextAlertsSubscribersClient(ClientCore core, MobileTextAlertsApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected MobileTextAlertsSubscribersClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Creates the subscriber, or updates the one with the same phone number or email. A number on the
    /// unsubscribe list stays opted out (stored, but sent nothing).
    /// </summary>
    /// <returns>The subscriber, with <see cref="OperationOutcome.Created"/> or <see cref="OperationOutcome.Updated"/> (from the provider's message).</returns>
    public virtual Task<SubscriberWriteResponse<MobileTextAlertsSubscriber>> UpsertAsync(MobileTextAlertsSubscriberRequest request, CancellationToken cancellationToken = default)
    {
        var body = MobileTextAlertsRequestMapper.ToRequest(request, nameof(request), requireIdentifier: true, Core.DefaultRegion);
        var call = Core.Call(MobileTextAlertsOperations.Upsert);
        return call.WriteAsync(
            () => _api.V3.Subscribers.PostAsync(body, call.Configure, cancellationToken),
            static response => MobileTextAlertsModelMapper.ToSubscriber(ResponseValue.Required(response.Data)),
            static (response, _) => MobileTextAlertsRequestMapper.Outcome(response.Message));
    }

    /// <summary>Gets a subscriber by id, number (with a plus, or read with the client's <c>DefaultRegion</c>) or email.</summary>
    /// <exception cref="ResourceNotFoundException">No such subscriber.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsSubscriber>> GetAsync(string idOrNumberOrEmail, CancellationToken cancellationToken = default)
    {
        var key = MobileTextAlertsRequestMapper.Key(idOrNumberOrEmail, nameof(idOrNumberOrEmail), Core.DefaultRegion);
        var call = Core.Call(MobileTextAlertsOperations.Get);
        return call.RunAsync(() => _api.V3.Subscribers[key].GetAsync(call.Configure, cancellationToken), static r => MobileTextAlertsModelMapper.ToSubscriber(ResponseValue.Required(r.Data)));
    }

    /// <summary>Lists subscribers (optionally matching <paramref name="query"/>), fetching 1-based pages as you enumerate.</summary>
    /// <param name="query">Free-text search over names, number, email and custom fields.</param>
    /// <param name="pageSize">Subscribers per request, 1 to 1000 (default 1000: fewer requests against the 15 per 15 s limit).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public virtual SubscriberPageable<MobileTextAlertsSubscriber> ListAsync(string? query = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        return MobileTextAlertsPager.Pageable(
            Core,
            MobileTextAlertsOperations.List,
            size,
            (call, page, stop) => _api.V3.Subscribers.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PageSize = size;
                    configuration.QueryParameters.Query = query;
                },
                stop),
            static page => (page.Data?.Rows ?? []).Select(MobileTextAlertsModelMapper.ToSubscriber).ToList(),
            static page => page.Data?.Total,
            cancellationToken);
    }

    /// <summary>
    /// Every subscriber of the account (or those matching <paramref name="query"/>), oldest first, in one answer. It
    /// counts against the subscriber endpoints' 15 requests per 15 seconds, like a page of <see cref="ListAsync"/>.
    /// </summary>
    /// <param name="query">Free-text search over names, number, email and custom fields; null exports everyone.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidSubscriberArgumentException"><paramref name="query"/> is empty or white space; nothing is sent.</exception>
    public virtual Task<SubscriberResponse<MobileTextAlertsSubscriberExport>> ExportAsync(string? query = null, CancellationToken cancellationToken = default)
    {
        var search = query is null ? null : Guard.Required(query, nameof(query), $"{nameof(query)} (text to search for; pass null to export every subscriber)");
        var call = Core.Call(MobileTextAlertsOperations.Export);
        return call.RunAsync(
            () => _api.V3.Subscribers.Export.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.Query = search;
                },
                cancellationToken),
            static r => MobileTextAlertsModelMapper.ToExport(ResponseValue.Required(r.Data)));
    }

    /// <summary>Updates a subscriber found by id, E.164 number or email; groups are added, custom fields merged.</summary>
    /// <returns>The subscriber as stored, with <see cref="OperationOutcome.Updated"/>.</returns>
    public virtual Task<SubscriberWriteResponse<MobileTextAlertsSubscriber>> UpdateAsync(string idOrNumberOrEmail, MobileTextAlertsSubscriberRequest changes, CancellationToken cancellationToken = default)
    {
        var key = MobileTextAlertsRequestMapper.Key(idOrNumberOrEmail, nameof(idOrNumberOrEmail), Core.DefaultRegion);
        var body = MobileTextAlertsRequestMapper.ToRequest(changes, nameof(changes), requireIdentifier: false, Core.DefaultRegion);
        var call = Core.Call(MobileTextAlertsOperations.Update);
        return call.WriteAsync(
            () => _api.V3.Subscribers[key].PatchAsync(body, call.Configure, cancellationToken),
            static r => MobileTextAlertsModelMapper.ToSubscriber(ResponseValue.Required(r.Data)),
            static (_, _) => OperationOutcome.Updated);
    }

    /// <summary>Deletes a subscriber found by id, E.164 number or email.</summary>
    /// <returns>The provider's confirmation message (empty when it sent none), with <see cref="OperationOutcome.Removed"/>.</returns>
    public virtual Task<SubscriberWriteResponse<string>> DeleteAsync(string idOrNumberOrEmail, CancellationToken cancellationToken = default)
    {
        var key = MobileTextAlertsRequestMapper.Key(idOrNumberOrEmail, nameof(idOrNumberOrEmail), Core.DefaultRegion);
        var call = Core.Call(MobileTextAlertsOperations.Delete);
        return call.WriteAsync(
            () => _api.V3.Subscribers[key].DeleteAsync(call.Configure, cancellationToken), static r => r.Message ?? string.Empty, static (_, _) => OperationOutcome.Removed);
    }

    /// <summary>
    /// Creates (or, unless <paramref name="createOnly"/>, updates) up to 1000 subscribers in one request. Records
    /// the provider rejects come back in <c>ErrorRecords</c>; that is a result, not an exception.
    /// </summary>
    public virtual Task<SubscriberResponse<MobileTextAlertsBulkCreateResult>> BulkCreateAsync(
        IEnumerable<MobileTextAlertsSubscriberRequest> records, bool createOnly = false, CancellationToken cancellationToken = default)
    {
        var list = Guard.Records(records, nameof(records));
        return BulkCreateAsync(
            list.Select((r, i) => MobileTextAlertsRequestMapper.ToRequest(r, $"records[{i}]", requireIdentifier: true, Core.DefaultRegion)).ToList(), createOnly, cancellationToken);
    }

    /// <summary>Sends a body already built (and checked) from the records: the bulk engine's records were normalised before.</summary>
    internal Task<SubscriberResponse<MobileTextAlertsBulkCreateResult>> BulkCreateAsync(List<SubscriberRequest> body, bool createOnly, CancellationToken cancellationToken)
    {
        var call = Core.Call(MobileTextAlertsOperations.BulkCreate);
        return call.RunAsync(
            () => _api.V3.Subscribers.Bulk.PostAsync(
                body,
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.CreateOnly = createOnly ? PostCreateOnlyQueryParameterType.True : null;
                },
                cancellationToken),
            static r => MobileTextAlertsModelMapper.ToBulkCreateResult(ResponseValue.Required(r.Data)));
    }

    /// <summary>Updates up to 1000 subscribers, each found by exactly one of id, phone number or email.</summary>
    public virtual Task<SubscriberResponse<MobileTextAlertsBulkUpdateResult>> BulkUpdateAsync(IEnumerable<MobileTextAlertsBulkUpdate> updates, CancellationToken cancellationToken = default)
    {
        var list = Guard.Records(updates, nameof(updates));
        return BulkUpdateAsync(list.Select((u, i) => MobileTextAlertsRequestMapper.ToBulkUpdate(u, i, Core.DefaultRegion)).ToList(), cancellationToken);
    }

    /// <summary>Sends a body already built (and checked) from the updates: the bulk engine's records were normalised before.</summary>
    internal Task<SubscriberResponse<MobileTextAlertsBulkUpdateResult>> BulkUpdateAsync(List<BulkUpdateRequestRecord> body, CancellationToken cancellationToken)
    {
        var call = Core.Call(MobileTextAlertsOperations.BulkUpdate);
        return call.RunAsync(
            () => _api.V3.Subscribers.Bulk.PatchAsync(body, call.Configure, cancellationToken),
            static r => MobileTextAlertsModelMapper.ToBulkUpdateResult(ResponseValue.Required(r.Data)));
    }
}
