namespace SubscriberSimulator.Engines.Attentive.Domain;

/// <summary>Every subscription type in the order responses list them.</summary>
internal static class SubscriptionTypes
{
    public static readonly AttentiveSubscriptionType[] All =
    [
        AttentiveSubscriptionType.Marketing,
        AttentiveSubscriptionType.Transactional,
        AttentiveSubscriptionType.CheckoutAbandoned,
    ];
}
