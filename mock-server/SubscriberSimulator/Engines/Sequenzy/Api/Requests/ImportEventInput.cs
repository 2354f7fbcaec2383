namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// One event of POST /events/bulk with the subscriber it names: the normalised email and trimmed
/// externalId (null when absent), or why it cannot be recorded (a malformed email, no identifier),
/// which fails this event alone.
/// </summary>
internal sealed record ImportEventInput(int Index, EventInput Event, string? Email, string? ExternalId, string? Failure);
