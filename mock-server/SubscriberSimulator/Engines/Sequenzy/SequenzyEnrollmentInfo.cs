namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>One run of a subscriber through a sequence: status "active", "waiting", "completed", "failed" or "cancelled".</summary>
public sealed record SequenzyEnrollmentInfo(
    string Id,
    string SequenceId,
    string Status,
    string CurrentNodeId,
    DateTimeOffset StartedAt,
    DateTimeOffset? WaitUntil,
    string? CancelReason);
