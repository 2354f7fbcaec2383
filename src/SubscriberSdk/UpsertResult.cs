namespace SubscriberSdk;

/// <summary>The record a write produced and what the write did.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Record">The record as the provider returned it (null when the provider returns none).</param>
/// <param name="Outcome">Created, updated, skipped, pending confirmation...</param>
public sealed record UpsertResult<T>(T? Record, OperationOutcome Outcome);
