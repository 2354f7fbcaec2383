using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What an event call for one subscriber did: the subscriber after it (and whether the call created
/// it, and what it did about double opt-in), one result per event in request order, whether the
/// batch was history, and how many rows it wrote and skipped as duplicates.
/// </summary>
internal sealed record EventOutcome(
    SequenzySubscriber Subscriber,
    bool Created,
    OptInResult OptIn,
    IReadOnlyList<RecordedEventResult> Events,
    bool Historical,
    int Inserted,
    int Duplicates);
