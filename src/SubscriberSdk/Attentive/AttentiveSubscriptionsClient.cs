using SubscriberSdk.Attentive.Generated;
using SubscriberSdk.Attentive.Generated.Models;
using SubscriberSdk.Attentive.Internal;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>Attentive subscriptions. Reach it through <see cref="AttentiveClient.Subscriptions"/>.</summary>
public class AttentiveSubscriptionsClient : SubscriberResourceClient
{
    private readonly AttentiveApiClient _api;

    internal AttentiveSubscriptionsClient(ClientCore core, AttentiveApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected AttentiveSubscriptionsClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Opts a user in (paced at 10 per second). The outcome is Created when a subscription is new and
    /// Skipped when it already existed; Attentive sends its own confirmation and legal texts.
    /// </summary>
    public virtual Task<SubscriberWriteResponse<AttentiveSubscribeResult>> SubscribeAsync(AttentiveSubscribeRequest request, CancellationToken cancellationToken = default)
    {
        var body = AttentiveRequestMapper.ToSubscribe(request);
        var call = Core.Call(AttentiveOperations.Subscribe);
        return call.WriteAsync(
            () => _api.V1.Subscriptions.PostAsync(body, call.Configure, cancellationToken),
            AttentiveModelMapper.ToSubscribeResult,
            static (response, _) => AttentiveRequestMapper.Outcome(response));
    }

    /// <summary>Reads which subscriptions a user has and whether each can receive messages.</summary>
    public virtual Task<SubscriberResponse<IReadOnlyList<AttentiveSubscriptionEligibility>>> GetAsync(string? phone = null, string? email = null, CancellationToken cancellationToken = default)
    {
        var user = AttentiveRequestMapper.User(phone, email, nameof(phone), nameof(phone), nameof(email));
        var call = Core.Call(AttentiveOperations.Get);
        return call.RunAsync(
            () => _api.V1.Subscriptions.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.Phone = user.Phone;
                    configuration.QueryParameters.Email = user.Email;
                },
                cancellationToken),
            static r => (IReadOnlyList<AttentiveSubscriptionEligibility>)(r.SubscriptionEligibilities ?? []).Select(AttentiveModelMapper.ToSubscriptionEligibility).ToList());
    }

    /// <summary>Unsubscribes a user (paced at 5 per second). The outcome is Removed, or Skipped when already unsubscribed.</summary>
    public virtual Task<SubscriberWriteResponse<AttentiveUnsubscribeResult>> UnsubscribeAsync(AttentiveUnsubscribeRequest request, CancellationToken cancellationToken = default)
    {
        var body = AttentiveRequestMapper.ToUnsubscribe(request);
        var call = Core.Call(AttentiveOperations.Unsubscribe);
        return call.WriteAsync(
            () => _api.V1.Subscriptions.Unsubscribe.PostAsync(body, call.Configure, cancellationToken),
            AttentiveModelMapper.ToUnsubscribeResult,
            static (response, _) => AttentiveRequestMapper.Outcome(response));
    }
}
