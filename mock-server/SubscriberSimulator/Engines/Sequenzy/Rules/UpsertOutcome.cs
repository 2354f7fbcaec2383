using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What a create call did. <paramref name="ConfirmationQueued"/>: this call queued a double
/// opt-in email. <paramref name="JoinedListIds"/>: lists the subscriber became a member of now
/// (not the ones held until confirmation).
/// </summary>
internal sealed record UpsertOutcome(
    SequenzySubscriber Subscriber,
    bool Created,
    bool Updated,
    bool Skipped,
    bool ConfirmationQueued,
    string[] JoinedListIds);
