namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of the consent actions (confirm-opt-in, unsubscribe-link): the subscriber's email, or the confirmation token from the outbox.</summary>
internal sealed record ConsentRequest(string? Email, string? Token);
