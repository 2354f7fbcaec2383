namespace SubscriberSimulator.Engines.Attentive;

/// <summary>Type of an Attentive subscription (wire names MARKETING, TRANSACTIONAL, CHECKOUT_ABANDONED).</summary>
public enum AttentiveSubscriptionType
{
    Marketing,
    Transactional,
    CheckoutAbandoned,
}
