namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>
/// A sequence to seed in a workspace (Sequenzy's sequences are authored in its dashboard, which
/// the API does not cover). It starts for a subscriber when <see cref="TriggerEvent"/> fires or
/// <see cref="TriggerTag"/> is added (at most one; neither: manual enrolment only). Its trigger
/// step is made for it (id "node_trigger"); <see cref="Steps"/> follow it.
/// </summary>
public sealed class SequenzySequenceOptions
{
    /// <summary>The sequence id; generated ("seq_...") when null.</summary>
    public string? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>A disabled sequence accepts no enrolment (the API answers 400).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>New enrolments paused: the sequence accepts none (400) until resumed.</summary>
    public bool EnrollmentPaused { get; set; }

    public string? TriggerEvent { get; set; }

    /// <summary>Normalised like every tag; its definition is created. A referenced tag cannot be deleted (409).</summary>
    public string? TriggerTag { get; set; }

    /// <summary>Tags whose addition stops the sequence (normalised); referenced like <see cref="TriggerTag"/>.</summary>
    public IList<string> StopTags { get; } = new List<string>();

    /// <summary>The steps after the trigger, at least one.</summary>
    public IList<SequenzySequenceStepOptions> Steps { get; } = new List<SequenzySequenceStepOptions>();
}
