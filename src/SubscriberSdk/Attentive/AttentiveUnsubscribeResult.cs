using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>Echo of the user and one entry per subscription the request reached.</summary>
public sealed class AttentiveUnsubscribeResult
{
    /// <summary>One entry per subscription (type and channel) the request reached.</summary>
    public IReadOnlyList<AttentiveSubscriptionRemoval> SubscriptionResponses { get; init; } = [];

    /// <summary>The provider's <c>user</c>.</summary>
    public AttentiveUser? User { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
