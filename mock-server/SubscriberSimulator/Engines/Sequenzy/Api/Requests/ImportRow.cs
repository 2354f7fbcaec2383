namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>One parsed import record: a command, or the reason it cannot be applied ("invalid_email", ...).</summary>
internal sealed record ImportRow(int Index, UpsertCommand? Command, string? FailureReason, bool HasEmail);
