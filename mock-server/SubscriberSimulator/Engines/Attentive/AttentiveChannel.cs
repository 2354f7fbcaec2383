namespace SubscriberSimulator.Engines.Attentive;

/// <summary>Channel of a subscription: TEXT is keyed by phone, EMAIL by email address.</summary>
public enum AttentiveChannel
{
    Text,
    Email,
}
