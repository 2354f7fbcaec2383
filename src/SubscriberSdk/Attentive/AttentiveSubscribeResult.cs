using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>Echo of the user and external identifiers, and one entry per subscription the request touched. No Attentive user or subscriber ID is returned.</summary>
public sealed class AttentiveSubscribeResult
{
    /// <summary>The provider's <c>externalIdentifiers</c>.</summary>
    public AttentiveExternalIdentifiers? ExternalIdentifiers { get; init; }

    /// <summary>One entry per subscription (type and channel) the request created or found.</summary>
    public IReadOnlyList<AttentiveSubscriptionCreation> SubscriptionResponses { get; init; } = [];

    /// <summary>The provider's <c>user</c>.</summary>
    public AttentiveUser? User { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
