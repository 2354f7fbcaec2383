namespace SubscriberSdk.Attentive;

/// <summary>
/// Identifiers of one user. Duplicate values can bridge different users together; do not put attributes
/// such as names in custom identifiers.
/// </summary>
public sealed class AttentiveUserIdentifiers
{
    /// <summary>Phone in E.164 form.</summary>
    public string? Phone { get; init; }

    /// <summary>Email address (at most 100 characters for identity resolution).</summary>
    public string? Email { get; init; }

    /// <summary>Shopify customer ID.</summary>
    public string? ShopifyId { get; init; }

    /// <summary>Klaviyo profile ID.</summary>
    public string? KlaviyoId { get; init; }

    /// <summary>Your own ID of the user (not a Shopify or Klaviyo ID); at most 100 characters.</summary>
    public string? ClientUserId { get; init; }

    /// <summary>Namespaced custom identifiers, each with a name and a value (at most 100 characters).</summary>
    public IReadOnlyList<AttentiveCustomIdentifier> CustomIdentifiers { get; init; } = [];
}
