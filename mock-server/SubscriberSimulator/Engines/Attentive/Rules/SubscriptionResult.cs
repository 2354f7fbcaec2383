namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>One entry of subscriptionResponses: a type and channel with its wire status (NEWLY_CREATED, ...).</summary>
internal readonly record struct SubscriptionResult(AttentiveSubscriptionType Type, AttentiveChannel Channel, string Status);
