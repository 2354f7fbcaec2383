namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>One entry of subscriptionResponses: a type and channel with its wire status.</summary>
internal readonly record struct SubscriptionResult(AttentiveSubscriptionType Type, AttentiveChannel Channel, string Status);
