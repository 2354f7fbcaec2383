namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// One event as a request sends it: its name, its properties as raw JSON (null when none), when it
/// happened (null: now) and its idempotency key, if any. <paramref name="Field"/> names it in refusals ("events[2]"; empty for the only event of a call).
/// </summary>
internal sealed record EventInput(string Field, string Name, string? PropertiesJson, DateTimeOffset? OccurredAt, string? EventId);
