using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>A subscription and whether the user is eligible to receive messages for it.</summary>
public sealed class AttentiveSubscriptionEligibility
{
    /// <summary>The provider's <c>eligibility</c>.</summary>
    public AttentiveEligibility? Eligibility { get; init; }

    /// <summary>The provider's <c>subscription</c>.</summary>
    public AttentiveSubscription? Subscription { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
