namespace SubscriberSimulator.Core.Outbox;

/// <summary>A message the real provider would have sent (SMS or email).</summary>
/// <param name="Channel">"sms" or "email".</param>
/// <param name="Kind">"welcome", "welcome-series", "workflow-start", "double-opt-in", "reply-y",
/// "legal-disclosure", "already-subscribed", "unsubscribe-confirmation", ...</param>
public sealed record OutboxMessage(
    string Id,
    string Provider,
    string TenantId,
    string Channel,
    string To,
    string Kind,
    string Body,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, string> Metadata);
