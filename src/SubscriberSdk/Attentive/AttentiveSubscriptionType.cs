namespace SubscriberSdk.Attentive;

/// <summary>The kind of an Attentive subscription.</summary>
public enum AttentiveSubscriptionType
{
    /// <summary>Marketing messages.</summary>
    Marketing,

    /// <summary>Transactional messages.</summary>
    Transactional,

    /// <summary>Checkout-abandoned reminders.</summary>
    CheckoutAbandoned,
}
