namespace SubscriberSdk.Attentive;

/// <summary>The channel of an Attentive subscription.</summary>
public enum AttentiveSubscriptionChannel
{
    /// <summary>SMS or MMS.</summary>
    Text,

    /// <summary>Email.</summary>
    Email,
}
