namespace SubscriberSdk.Attentive;

/// <summary>A subscription to opt a user in to (API v2), as <see cref="AttentiveSubscriptionsClient.SubscribeAsync"/> would.</summary>
public sealed class AttentiveUserSubscription
{
    /// <summary>ID of an API sign-up unit; it decides the subscription type.</summary>
    public string? SignUpSourceId { get; init; }

    /// <summary>TEXT or EMAIL.</summary>
    public AttentiveSubscriptionChannel Channel { get; init; }

    /// <summary>Skip the "Reply Y" confirmation text (the legal message is still sent). Null: Attentive's default, false.</summary>
    public bool? SingleOptIn { get; init; }
}
