namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>What an upsert did: 201 for a new subscriber, 200 for an update.</summary>
internal sealed record UpsertOutcome(bool Created, EssentialSubscriber Subscriber);
