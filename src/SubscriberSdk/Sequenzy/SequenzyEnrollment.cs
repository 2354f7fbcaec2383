using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>One subscriber's enrolment in a sequence.</summary>
public sealed class SequenzyEnrollment
{
    /// <summary>Enrolment ID.</summary>
    public string EnrollmentId { get; init; } = string.Empty;

    /// <summary>The sequence.</summary>
    public string SequenceId { get; init; } = string.Empty;

    /// <summary>The subscriber.</summary>
    public string SubscriberId { get; init; } = string.Empty;

    /// <summary>The subscriber's email.</summary>
    public string? Email { get; init; }

    /// <summary>The subscriber's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The subscriber's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The subscriber's status, e.g. <c>active</c>.</summary>
    public string? SubscriberStatus { get; init; }

    /// <summary>State of the enrolment.</summary>
    public SequenzyEnrollmentStatus? Status { get; init; }

    /// <summary>Current step ID.</summary>
    public string? CurrentNodeId { get; init; }

    /// <summary>Current step label.</summary>
    public string? CurrentNodeLabel { get; init; }

    /// <summary>Current step type.</summary>
    public string? CurrentNodeType { get; init; }

    /// <summary>When the enrolment started.</summary>
    public DateTimeOffset? EnrollmentStartedAt { get; init; }

    /// <summary>Last change of the enrolment.</summary>
    public DateTimeOffset? LastUpdatedAt { get; init; }

    /// <summary>When a waiting enrolment moves on.</summary>
    public DateTimeOffset? WaitUntil { get; init; }

    /// <summary>Why the enrolment failed or was cancelled.</summary>
    public string? FailedReason { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
