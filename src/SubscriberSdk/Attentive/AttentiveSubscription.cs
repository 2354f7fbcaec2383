using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>A type and channel combination.</summary>
public sealed class AttentiveSubscription
{
    /// <summary>The provider's <c>channel</c>.</summary>
    public AttentiveSubscriptionChannel? Channel { get; init; }

    /// <summary>The provider's <c>type</c>.</summary>
    public AttentiveSubscriptionType? Type { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
