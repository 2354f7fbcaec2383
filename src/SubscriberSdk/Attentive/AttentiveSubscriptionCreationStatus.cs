namespace SubscriberSdk.Attentive;

/// <summary>Whether an Attentive opt-in created the subscription.</summary>
public enum AttentiveSubscriptionCreationStatus
{
    /// <summary>The subscription is new.</summary>
    NewlyCreated,

    /// <summary>The user already had it.</summary>
    PreviouslyCreated,
}
