using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// The subscribers a bulk call's identifiers match (each once, in the order first named, as they
/// stand in the work), and the identifiers that match none, by kind (emails normalised, others trimmed).
/// </summary>
internal sealed record IdentifiedSubscribers(
    IReadOnlyList<SequenzySubscriber> Matched,
    IReadOnlyList<string> NotFoundEmails,
    IReadOnlyList<string> NotFoundExternalIds,
    IReadOnlyList<string> NotFoundSubscriberIds);
