using System.Text.Json.Serialization;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// One run of a subscriber through a sequence, kept on the subscriber (copy-on-write, like its list
/// memberships). The simulator runs no steps: an enrolment stays on the step it entered at until it
/// is cancelled; a delay step makes it <see cref="EnrollmentStatus.Waiting"/> until <paramref name="WaitUntil"/>.
/// </summary>
internal sealed record SequenceEnrollment(
    string Id,
    string SequenceId,
    EnrollmentStatus Status,
    string CurrentNodeId,
    DateTimeOffset StartedAt,
    DateTimeOffset? WaitUntil,
    DateTimeOffset UpdatedAt,
    string? CancelReason = null)
{
    /// <summary>Active or waiting: the run has not ended.</summary>
    [JsonIgnore]
    public bool IsRunning => Status is EnrollmentStatus.Active or EnrollmentStatus.Waiting;
}
