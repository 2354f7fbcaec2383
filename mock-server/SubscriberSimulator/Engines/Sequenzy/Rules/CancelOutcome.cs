namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What a cancellation did: the running enrolments it matched (as they are after the call), how
/// many it cancelled (none in a dry run), and the subscriber IDs that matched nobody.
/// </summary>
internal sealed record CancelOutcome(bool Many, bool DryRun, IReadOnlyList<EnrolledRun> Matched, int Cancelled, IReadOnlyList<string> NotFoundSubscriberIds);
