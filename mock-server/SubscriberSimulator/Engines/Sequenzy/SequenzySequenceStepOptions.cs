namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>
/// One step of a seeded sequence: "action_email", "action_tag" or "delay" (with
/// <see cref="DelayMinutes"/>); an enrolment entering a delay step waits until it ends.
/// </summary>
public sealed class SequenzySequenceStepOptions
{
    /// <summary>The step id; "node_1", "node_2", ... by position when null.</summary>
    public string? Id { get; set; }

    public string Type { get; set; } = "action_email";

    /// <summary>Label or email subject, shown as <c>currentNodeLabel</c>.</summary>
    public string? Label { get; set; }

    /// <summary>Required (1 or more) for a "delay" step.</summary>
    public int? DelayMinutes { get; set; }
}
