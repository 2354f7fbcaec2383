namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>One step of <see cref="AddSequenceRequest"/>.</summary>
internal sealed record AddSequenceStepRequest(string? Id, string? Type, string? Label, int? DelayMinutes);
