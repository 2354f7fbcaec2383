namespace SubscriberSimulator.Engines.Attentive;

/// <summary>One subscription of a contact as the store holds it.</summary>
public sealed record AttentiveSubscriptionView(
    AttentiveChannel Channel,
    AttentiveSubscriptionType Type,
    AttentiveSubscriptionState State);
