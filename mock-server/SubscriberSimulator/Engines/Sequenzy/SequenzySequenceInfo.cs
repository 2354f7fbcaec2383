namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A seeded sequence; <see cref="Steps"/> start with its trigger step.</summary>
public sealed record SequenzySequenceInfo(
    string Id,
    string Name,
    bool Enabled,
    bool EnrollmentPaused,
    string? TriggerEvent,
    string? TriggerTag,
    IReadOnlyList<string> StopTags,
    IReadOnlyList<SequenzySequenceStepInfo> Steps);
