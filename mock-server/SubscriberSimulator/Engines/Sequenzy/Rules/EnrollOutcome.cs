namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>What a manual enrolment did: how many entered, how many were skipped, what matched nobody, and where and when they start.</summary>
internal sealed record EnrollOutcome(int Enrolled, int Skipped, IReadOnlyList<string> NotFound, string TargetNodeId, DateTimeOffset? ScheduledFor);
