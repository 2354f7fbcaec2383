using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated;
using SubscriberSdk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Sequenzy events: each live event runs its sync rule (the built-in <c>saas.*</c> events add and remove
/// tags) and starts event-triggered sequences; an unknown email creates the subscriber. Reach it through
/// <see cref="SequenzyClient.Events"/>.
/// </summary>
public class SequenzyEventsClient : SubscriberResourceClient
{
    private readonly SequenzyApiClient _api;

    internal SequenzyEventsClient(ClientCore core, SequenzyApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzyEventsClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Records one event for one subscriber. Retried after an ambiguous failure only when it carries an
    /// <see cref="SequenzyEventRequest.EventId"/> (Sequenzy records an id once).
    /// </summary>
    /// <exception cref="ResourceNotFoundException">Only an external id was given and no subscriber has it.</exception>
    /// <exception cref="ConflictException">The email and the external id belong to two different subscribers.</exception>
    public virtual Task<SubscriberResponse<SequenzyEventResult>> TriggerAsync(SequenzyEventRequest request, CancellationToken cancellationToken = default)
    {
        var body = SequenzyEventMapper.ToTriggerRequest(request);
        var call = Core.Call(body.EventId is null ? SequenzyOperations.TriggerEvent : SequenzyOperations.TriggerEventWithId);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Events.PostAsync(body, call.Configure, cancellationToken), SequenzyEventMapper.ToEventResult);
    }

    /// <summary>
    /// Records up to 500 events for one subscriber in order; a bad event fails the call and records nothing.
    /// Retried after an ambiguous failure only when every event carries an id.
    /// </summary>
    public virtual Task<SubscriberResponse<SequenzyEventResult>> TriggerManyAsync(SequenzyEventBatch batch, CancellationToken cancellationToken = default)
    {
        var body = SequenzyEventMapper.ToTriggerManyRequest(batch);
        var policy = body.Events!.TrueForAll(item => item.EventId is not null) ? SequenzyOperations.TriggerEventsWithIds : SequenzyOperations.TriggerEvents;
        var call = Core.Call(policy);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Events.Bulk.PostAsync(body, call.Configure, cancellationToken), SequenzyEventMapper.ToEventResult);
    }

    /// <summary>
    /// Records up to 1000 events of many subscribers, each with its own required id, so an import can be
    /// re-run safely. An event that names no usable subscriber is a failure in the result, not an exception.
    /// </summary>
    public virtual Task<SubscriberResponse<SequenzyEventImportResult>> ImportAsync(IEnumerable<SequenzyImportEvent> events, CancellationToken cancellationToken = default)
    {
        var body = SequenzyEventMapper.ToImportRequest(events);
        var call = Core.Call(SequenzyOperations.ImportEvents);
        return call.RunAsync(() => _api.Api.V1.Events.Bulk.PostAsync(body, call.Configure, cancellationToken), SequenzyEventMapper.ToImportResult);
    }
}
