namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>A parsed POST /v1/subscriptions/unsubscribe body; <see cref="Subscriptions"/> null means all.</summary>
internal sealed record UnsubscribeCommand(
    string? Phone,
    string? Email,
    IReadOnlyList<(AttentiveSubscriptionType Type, AttentiveChannel Channel)>? Subscriptions,
    bool NotificationDisabled,
    string? NotificationLanguage);
