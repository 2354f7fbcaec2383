namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>A parsed POST /v1/subscriptions body. Identifiers are as sent (echoed back in the response).</summary>
internal sealed record SubscribeCommand(
    string? Phone,
    string? Email,
    string? SignUpSourceId,
    string? Language,
    string? Country,
    bool HasLocale,
    AttentiveSubscriptionType? SubscriptionType,
    bool SingleOptIn,
    AttentiveExternalIdentifiers? ExternalIdentifiers);
