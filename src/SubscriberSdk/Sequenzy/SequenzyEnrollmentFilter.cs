namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Which enrolments <see cref="SequenzySequencesClient.ListEnrollmentsAsync"/> returns.
/// </summary>
public sealed class SequenzyEnrollmentFilter
{
    /// <summary>Only these states. Default: active and waiting.</summary>
    public IReadOnlyList<SequenzyEnrollmentStatus>? Statuses { get; init; }

    /// <summary>Only enrolments on these steps.</summary>
    public IReadOnlyList<string>? CurrentNodeIds { get; init; }

    /// <summary>Only enrolments of these subscribers.</summary>
    public IReadOnlyList<string>? SubscriberIds { get; init; }

    /// <summary>Only enrolments of this email (compared case-insensitively).</summary>
    public string? Email { get; init; }

    /// <summary>Order. Default: newest enrolment first.</summary>
    public SequenzyEnrollmentSort? Sort { get; init; }
}
