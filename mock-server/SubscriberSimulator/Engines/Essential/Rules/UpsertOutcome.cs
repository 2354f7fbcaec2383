using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>What an upsert did: 201 for a new subscriber, 200 for an update.</summary>
internal sealed record UpsertOutcome(bool Created, EssentialSubscriber Subscriber);
