namespace SubscriberSdk.Attentive;

/// <summary>
/// Opts a user in. Say where the sign-up comes from with <see cref="SignUpSourceId"/>, or with both
/// <see cref="Locale"/> and <see cref="SubscriptionType"/> (the sign-up source wins when all are given).
/// </summary>
public sealed class AttentiveSubscribeRequest
{
    /// <summary>Phone in E.164 form (gives a TEXT subscription).</summary>
    public string? Phone { get; init; }

    /// <summary>Email (gives an EMAIL subscription).</summary>
    public string? Email { get; init; }

    /// <summary>The sign-up source (unit) id.</summary>
    public string? SignUpSourceId { get; init; }

    /// <summary>Locale that, with <see cref="SubscriptionType"/>, picks the API sign-up unit.</summary>
    public AttentiveLocale? Locale { get; init; }

    /// <summary>Marketing or transactional.</summary>
    public AttentiveOptInSubscriptionType? SubscriptionType { get; init; }

    /// <summary>Skip the "Reply Y" confirmation text (the legal disclosure is still sent).</summary>
    public bool? SingleOptIn { get; init; }

    /// <summary>Your identifiers for the user.</summary>
    public string? ClientUserId { get; init; }

    /// <summary>Other identifiers (Shopify, Klaviyo, custom).</summary>
    public AttentiveExternalIdentifiers? ExternalIdentifiers { get; init; }
}
