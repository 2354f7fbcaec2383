namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>One step of a sequence: "trigger", "action_email", "action_tag" or "delay".</summary>
public sealed record SequenzySequenceStepInfo(string Id, string Type, string? Label, int? DelayMinutes);
