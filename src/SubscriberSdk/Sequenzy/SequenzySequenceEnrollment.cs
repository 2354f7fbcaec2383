using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>The subscriber's enrolment in a sequence (automation).</summary>
public sealed class SequenzySequenceEnrollment
{
    /// <summary>Current step ID.</summary>
    public string? CurrentNodeId { get; init; }

    /// <summary>Current step label.</summary>
    public string? CurrentNodeLabel { get; init; }

    /// <summary>Current step type.</summary>
    public string? CurrentNodeType { get; init; }

    /// <summary>State of the enrolment, e.g. <c>active</c>.</summary>
    public string? EnrollmentStatus { get; init; }

    /// <summary>When the enrolment started.</summary>
    public DateTimeOffset? EnteredAt { get; init; }

    /// <summary>When the next step runs.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }

    /// <summary>Sequence ID.</summary>
    public string? SequenceId { get; init; }

    /// <summary>Sequence name.</summary>
    public string? SequenceName { get; init; }

    /// <summary>State of the sequence, e.g. <c>active</c>.</summary>
    public string? SequenceStatus { get; init; }

    /// <summary>Enrolment ID.</summary>
    public string? TokenId { get; init; }

    /// <summary>Last change of the enrolment.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
