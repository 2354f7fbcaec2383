using SubscriberSdk.Essential.Generated;
using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Essential.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Essential subscribers. Reach it through <see cref="EssentialClient.Subscribers"/>.</summary>
public class EssentialSubscribersClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly EssentialApiClient _api;

    internal EssentialSubscribersClient(ClientCore core, EssentialApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected EssentialSubscribersClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Creates or updates the subscriber with this phone number on the channel, and sends the welcome if
    /// the subscriber is new. Everything happens or nothing does.
    /// </summary>
    /// <returns>The subscriber, and <see cref="OperationOutcome.Created"/> (201) or <see cref="OperationOutcome.Updated"/> (200).</returns>
    /// <exception cref="UnsubscribedException">The subscriber opted out; an upsert cannot re-add them.</exception>
    /// <exception cref="CannotReceiveSmsException">The number cannot receive texts.</exception>
    /// <exception cref="InvalidSubscriberArgumentException">The request cannot succeed; nothing was sent.</exception>
    public virtual Task<SubscriberWriteResponse<EssentialSubscriber>> UpsertAsync(string channelSid, EssentialUpsertRequest request, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        var body = EssentialRequestMapper.ToUpsert(request);
        var call = Core.Call(EssentialOperations.Upsert);
        return call.WriteAsync(
            () => _api.V2.Account.Channels[channel].Subscribers.Upsert.PostAsync(body, call.Configure, cancellationToken),
            EssentialModelMapper.ToSubscriber,
            static (_, status) => status == 201 ? OperationOutcome.Created : OperationOutcome.Updated);
    }

    /// <summary>Creates a subscriber on a channel without a welcome. Not retried after an ambiguous failure (it is not idempotent).</summary>
    /// <returns>The new subscriber, with <see cref="OperationOutcome.Created"/>.</returns>
    public virtual Task<SubscriberWriteResponse<EssentialSubscriber>> CreateAsync(string channelSid, string phoneNumber, string? emailAddress = null, string? externalUserId = null, CancellationToken cancellationToken = default)
    {
        var body = new CreateSubscriberRequest
        {
            Channel = Guard.Required(channelSid, nameof(channelSid), "channelSid"),
            PhoneNumber = EssentialRequestMapper.Phone(Guard.Required(phoneNumber, nameof(phoneNumber), "phoneNumber"), nameof(phoneNumber)),
            EmailAddress = Guard.Email(emailAddress, nameof(emailAddress)),
            ExternalUserId = externalUserId,
        };
        var call = Core.Call(EssentialOperations.Create);
        return call.WriteAsync(
            () => _api.V2.Account.Subscribers.PostAsync(body, call.Configure, cancellationToken), EssentialModelMapper.ToSubscriber, static (_, _) => OperationOutcome.Created);
    }

    /// <summary>Gets a subscriber by SID.</summary>
    /// <exception cref="ResourceNotFoundException">No such subscriber.</exception>
    public virtual Task<SubscriberResponse<EssentialSubscriber>> GetAsync(string subscriberSid, CancellationToken cancellationToken = default)
    {
        var sid = Guard.Required(subscriberSid, nameof(subscriberSid), "subscriberSid");
        var call = Core.Call(EssentialOperations.Get);
        return call.RunAsync(() => _api.V2.Account.Subscribers[sid].GetAsync(call.Configure, cancellationToken), EssentialModelMapper.ToSubscriber);
    }

    /// <summary>Lists subscribers (optionally of one channel), fetching pages as you enumerate.</summary>
    /// <param name="channelSid">Only subscribers of this channel; null for all.</param>
    /// <param name="pageSize">Subscribers per request, 1 to 1000 (default 1000).</param>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<EssentialSubscriber> ListAsync(string? channelSid = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        return EssentialPager.Pageable(
            Core,
            EssentialOperations.List,
            size,
            (call, page, token) => _api.V2.Account.Subscribers.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.ChannelSid = channelSid;
                    configuration.QueryParameters.Page = page;
                    configuration.QueryParameters.PerPage = size;
                },
                token),
            static subscribers => subscribers.Select(EssentialModelMapper.ToSubscriber).ToList(),
            cancellationToken);
    }

    /// <summary>Updates a subscriber's phone, email, external id, inbox flag or status.</summary>
    /// <returns>The subscriber as stored, with <see cref="OperationOutcome.Updated"/>.</returns>
    public virtual Task<SubscriberWriteResponse<EssentialSubscriber>> UpdateAsync(string subscriberSid, EssentialSubscriberUpdate update, CancellationToken cancellationToken = default)
    {
        var sid = Guard.Required(subscriberSid, nameof(subscriberSid), "subscriberSid");
        var body = EssentialRequestMapper.ToUpdate(update);
        var call = Core.Call(EssentialOperations.Update);
        return call.WriteAsync(
            () => _api.V2.Account.Subscribers[sid].PutAsync(body, call.Configure, cancellationToken), EssentialModelMapper.ToSubscriber, static (_, _) => OperationOutcome.Updated);
    }

    /// <summary>Unsubscribes a subscriber (Essential's DELETE). They can come back only through <see cref="UpdateAsync"/> with a legal basis.</summary>
    /// <returns>The subscriber as stored, with <see cref="OperationOutcome.Removed"/>.</returns>
    public virtual Task<SubscriberWriteResponse<EssentialSubscriber>> UnsubscribeAsync(string subscriberSid, CancellationToken cancellationToken = default)
    {
        var sid = Guard.Required(subscriberSid, nameof(subscriberSid), "subscriberSid");
        var call = Core.Call(EssentialOperations.Unsubscribe);
        return call.WriteAsync(
            () => _api.V2.Account.Subscribers[sid].DeleteAsync(call.Configure, cancellationToken), EssentialModelMapper.ToSubscriber, static (_, _) => OperationOutcome.Removed);
    }

    /// <summary>Starts a workflow for the subscriber with this phone number on the channel; it runs only if its start conditions hold.</summary>
    public virtual Task<SubscriberResponse<EssentialWorkflowExecution>> StartWorkflowAsync(
        string channelSid, string phoneNumber, string workflowSid, IReadOnlyDictionary<string, object?>? arguments = null, CancellationToken cancellationToken = default)
    {
        var channel = Guard.Required(channelSid, nameof(channelSid), "channelSid");
        var phone = EssentialRequestMapper.PathPhone(phoneNumber, nameof(phoneNumber));
        var body = new StartWorkflowExecutionRequest { Sid = Guard.Required(workflowSid, nameof(workflowSid), "workflowSid") };
        if (arguments is not null)
        {
            body.Kwargs = new StartWorkflowExecutionRequest_kwargs { AdditionalData = KiotaValues.FromCaller(arguments) };
        }

        var call = Core.Call(EssentialOperations.StartWorkflow);
        return call.RunAsync(
            () => _api.V2.Account.Channels[channel].Subscribers[phone].Automation_workflow_executions.Start.PostAsync(body, call.Configure, cancellationToken),
            EssentialModelMapper.ToWorkflowExecution);
    }
}
