namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>One import record's outcome: "created", "updated", "skipped" or "failed", with a reason for the last two.</summary>
public sealed record SequenzyImportRowInfo(int Row, string Outcome, string? Reason, string? SubscriberId);
