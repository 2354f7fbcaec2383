namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>A message a request will send if (and only if) it commits.</summary>
internal sealed record PlannedMessage(AttentiveChannel Channel, string To, string Kind, string Body, AttentiveSubscriptionType? Type);
