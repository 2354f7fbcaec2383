using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>A subscription and whether it was newly created or already existed.</summary>
public sealed class AttentiveSubscriptionCreation
{
    /// <summary>The provider's <c>subscription</c>.</summary>
    public AttentiveSubscription? Subscription { get; init; }

    /// <summary>The provider's <c>subscriptionCreationStatus</c>.</summary>
    public AttentiveSubscriptionCreationStatus? SubscriptionCreationStatus { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
