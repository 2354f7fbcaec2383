using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated.Models;

namespace SubscriberSdk.Sequenzy.Internal;

/// <summary>Sequence enrolments: request checks and the mapping of the generated models.</summary>
internal static class SequenzySequenceMapper
{
    public const int MaxReasonLength = 500;

    public static CancelEnrollmentsRequest ToCancel(SequenzyCancelEnrollmentsRequest request)
    {
        Guard.NotNull(request, nameof(request));
        var one = !string.IsNullOrWhiteSpace(request.SubscriberId);
        var many = request.SubscriberIds is not null;
        if (one == many)
        {
            throw new InvalidSubscriberArgumentException("Give exactly one of SubscriberId or SubscriberIds.", nameof(request));
        }

        if (request.Reason is { Length: > MaxReasonLength })
        {
            throw new InvalidSubscriberArgumentException($"Reason has {request.Reason.Length} characters; at most {MaxReasonLength}.", $"{nameof(request)}.{nameof(request.Reason)}");
        }

        return new CancelEnrollmentsRequest
        {
            SubscriberId = one ? request.SubscriberId!.Trim() : null,
            SubscriberIds = many ? [.. Guard.Records(request.SubscriberIds, $"{nameof(request)}.{nameof(request.SubscriberIds)}", SequenzyTagMapper.MaxSubscribersPerBulkCall)] : null,
            DryRun = request.DryRun,
            Reason = request.Reason,
        };
    }

    public static SequenzyEnrollResult ToEnrollResult(EnrollSubscribersResponse raw) => new()
    {
        Enrolled = raw.Enrolled ?? 0,
        Skipped = raw.Skipped ?? 0,
        NotFound = raw.NotFound?.ToList() ?? [],
        TargetNodeId = raw.TargetNodeId,
        ScheduledFor = raw.ScheduledFor,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyCancelEnrollmentsResult ToCancelResult(CancelEnrollmentsResponse raw) => new()
    {
        SequenceId = raw.SequenceId ?? string.Empty,
        MatchedCount = raw.MatchedCount ?? 0,
        CancelledCount = raw.CancelledCount ?? 0,
        RemainingCount = raw.RemainingCount ?? 0,
        HasMore = raw.HasMore ?? false,
        DryRun = raw.DryRun ?? false,
        Enrollments = raw.Enrollments?.Select(ToEnrollment).ToList() ?? [],
        NotFoundSubscriberIds = raw.Target?.NotFoundSubscriberIds?.ToList() ?? [],
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyEnrollment ToEnrollment(SequenceEnrollmentRecord raw) => new()
    {
        EnrollmentId = raw.EnrollmentId ?? string.Empty,
        SequenceId = raw.SequenceId ?? string.Empty,
        SubscriberId = raw.SubscriberId ?? string.Empty,
        Email = raw.Email,
        FirstName = raw.FirstName,
        LastName = raw.LastName,
        SubscriberStatus = raw.SubscriberStatus,
        Status = EnumMapping.Convert<EnrollmentStatus, SequenzyEnrollmentStatus>(raw.Status),
        CurrentNodeId = raw.CurrentNodeId,
        CurrentNodeLabel = raw.CurrentNodeLabel,
        CurrentNodeType = raw.CurrentNodeType,
        EnrollmentStartedAt = raw.EnrollmentStartedAt,
        LastUpdatedAt = raw.LastUpdatedAt,
        WaitUntil = raw.WaitUntil,
        FailedReason = raw.FailedReason,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    /// <summary>The wire value of a status filter (<c>active,waiting</c>), as the generated enum names it.</summary>
    public static string? Statuses(IReadOnlyList<SequenzyEnrollmentStatus>? statuses) =>
        statuses is { Count: > 0 }
            ? string.Join(',', statuses.Select(status => EnumMapping.Convert<SequenzyEnrollmentStatus, EnrollmentStatus>(status).ToString().ToLowerInvariant()))
            : null;
}
