namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>What an import did with one of its records ("created", "updated", "skipped" or "failed").</summary>
internal sealed record ImportRowResult(int Row, string Outcome, string? Reason, string? SubscriberId);
