namespace SubscriberSdk.Attentive;

/// <summary>The kind of subscription an Attentive opt-in creates.</summary>
public enum AttentiveOptInSubscriptionType
{
    /// <summary>Marketing messages.</summary>
    Marketing,

    /// <summary>Transactional messages.</summary>
    Transactional,
}
