using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What a create call did. <paramref name="OptIn"/>: whether this call required a double opt-in
/// confirmation, and whether it queued the email. <paramref name="JoinedListIds"/>: lists the subscriber became a member of now
/// (not the ones held until confirmation).
/// </summary>
internal sealed record UpsertOutcome(
    SequenzySubscriber Subscriber,
    bool Created,
    bool Updated,
    bool Skipped,
    OptInResult OptIn,
    string[] JoinedListIds);
