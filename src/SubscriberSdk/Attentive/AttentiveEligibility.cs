using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>A user's eligibility to receive messages for a subscription.</summary>
public sealed class AttentiveEligibility
{
    /// <summary>True when the user can receive messages for this subscription now.</summary>
    public bool? IsEligible { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
