using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What a tag call did: the subscriber after it, whether it was created (and asked to confirm), the request's tags now on it, and the tag definitions created.
/// </summary>
internal sealed record TagOutcome(
    SequenzySubscriber Subscriber,
    bool Created,
    OptInResult OptIn,
    string[] Tags,
    IReadOnlyList<TagDefinition> Definitions,
    IReadOnlyList<bool> DefinitionsCreated);
