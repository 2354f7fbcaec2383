namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>A text the request would send; it reaches the outbox only when the request commits.</summary>
internal readonly record struct MtaPendingMessage(long PhoneDigits, string Kind, string Body, long SubscriberId);
