using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What a tag call did: the subscriber after it, whether it was created (and a confirmation
/// queued), the request's tags now on it, and the tag definitions created.
/// </summary>
internal sealed record TagOutcome(
    SequenzySubscriber Subscriber,
    bool Created,
    bool ConfirmationQueued,
    string[] Tags,
    IReadOnlyList<TagDefinition> Definitions,
    IReadOnlyList<bool> DefinitionsCreated);
