namespace SubscriberSimulator.Engines.Attentive.Model;

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
