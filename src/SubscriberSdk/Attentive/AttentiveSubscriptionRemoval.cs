using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>A subscription and whether it was newly unsubscribed or already unsubscribed.</summary>
public sealed class AttentiveSubscriptionRemoval
{
    /// <summary>The provider's <c>subscription</c>.</summary>
    public AttentiveSubscription? Subscription { get; init; }

    /// <summary>The provider's <c>subscriptionUnsubscribeStatus</c>.</summary>
    public AttentiveSubscriptionUnsubscribeStatus? SubscriptionUnsubscribeStatus { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
