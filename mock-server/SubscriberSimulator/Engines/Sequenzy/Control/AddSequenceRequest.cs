namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of POST /__sim/sequenzy/tenants/{id}/sequences (see <see cref="SequenzySequenceOptions"/>).</summary>
internal sealed record AddSequenceRequest(
    string? Id,
    string? Name,
    bool? Enabled,
    bool? EnrollmentPaused,
    string? TriggerEvent,
    string? TriggerTag,
    List<string>? StopTags,
    List<AddSequenceStepRequest>? Steps);
