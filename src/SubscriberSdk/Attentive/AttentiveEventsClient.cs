using SubscriberSdk.Attentive.Generated;
using SubscriberSdk.Attentive.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>Attentive custom events. Reach it through <see cref="AttentiveClient.Events"/>.</summary>
public class AttentiveEventsClient : SubscriberResourceClient
{
    private readonly AttentiveApiClient _api;

    internal AttentiveEventsClient(ClientCore core, AttentiveApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveEventsClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Records a custom event (<c>POST /v1/events/custom</c>), which can trigger journeys. Without an
    /// <see cref="AttentiveCustomEventRequest.ExternalEventId"/> the client sends a new UUID, so a retry
    /// never records the event twice. Attentive answers 200 with no body.
    /// </summary>
    public virtual Task<SubscriberResponse<AttentiveAcknowledgement>> SendCustomAsync(AttentiveCustomEventRequest request, CancellationToken cancellationToken = default)
    {
        var externalEventId = request?.ExternalEventId is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : Guid.NewGuid().ToString();
        var body = AttentiveUserRequestMapper.ToCustomEvent(request!, externalEventId);
        var call = Core.Call(AttentiveOperations.SendCustomEvent, externalEventId);
        return call.RunAsync(
            () => AttentiveAcknowledgements.FromBodyless(_api.V1.Events.Custom.PostAsync(body, call.Configure, cancellationToken)),
            AttentiveAcknowledgements.Same);
    }
}
