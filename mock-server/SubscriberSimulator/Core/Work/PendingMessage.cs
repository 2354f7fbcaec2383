namespace SubscriberSimulator.Core.Work;

/// <summary>
/// A message a request would send, held by its <see cref="UnitOfWork{TTenant}"/> until the request commits;
/// the kit adds id, provider, tenant and time when it reaches the outbox.
/// </summary>
/// <param name="Channel">"sms" or "email".</param>
/// <param name="To">E.164 number or email address.</param>
/// <param name="Kind">"welcome", "unsubscribe-confirmation", ... (the engine's MessageKinds).</param>
public sealed record PendingMessage(
    string Channel,
    string To,
    string Kind,
    string Body,
    IReadOnlyDictionary<string, string> Metadata);
