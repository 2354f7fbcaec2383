using System.Text.Json;

namespace SubscriberSdk.Attentive;

/// <summary>External identifiers to attach to the user. Duplicate values can bridge different users together; do not use them for attributes such as names; omit a field rather than sending null or an empty string.</summary>
public sealed class AttentiveExternalIdentifiers
{
    /// <summary>Your own primary ID for the user.</summary>
    public string? ClientUserId { get; init; }

    /// <summary>Namespaced custom identifiers.</summary>
    public IReadOnlyList<AttentiveCustomIdentifier> CustomIdentifiers { get; init; } = [];

    /// <summary>The user's Klaviyo profile ID.</summary>
    public string? KlaviyoId { get; init; }

    /// <summary>The user's Shopify customer ID.</summary>
    public string? ShopifyId { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
