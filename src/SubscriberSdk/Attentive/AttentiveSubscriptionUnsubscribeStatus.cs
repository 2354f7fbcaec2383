namespace SubscriberSdk.Attentive;

/// <summary>Whether an Attentive opt-out ended the subscription.</summary>
public enum AttentiveSubscriptionUnsubscribeStatus
{
    /// <summary>The subscription ended now.</summary>
    NewlyUnsubscribed,

    /// <summary>It had already ended.</summary>
    PreviouslyUnsubscribed,
}
