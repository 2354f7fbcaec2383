using System.Text.Json;

namespace SubscriberSdk.Sequenzy;

/// <summary>What cancelling enrolments did (or would do, for a dry run).</summary>
public sealed class SequenzyCancelEnrollmentsResult
{
    /// <summary>The sequence.</summary>
    public string SequenceId { get; init; } = string.Empty;

    /// <summary>Running enrolments that matched.</summary>
    public int MatchedCount { get; init; }

    /// <summary>Enrolments cancelled by this call (0 for a dry run).</summary>
    public int CancelledCount { get; init; }

    /// <summary>Matched enrolments still running after this call.</summary>
    public int RemainingCount { get; init; }

    /// <summary>True: more matched than one call handles; call again.</summary>
    public bool HasMore { get; init; }

    /// <summary>True: nothing was changed.</summary>
    public bool DryRun { get; init; }

    /// <summary>The matched enrolments.</summary>
    public IReadOnlyList<SequenzyEnrollment> Enrollments { get; init; } = [];

    /// <summary>Subscriber IDs that named no subscriber.</summary>
    public IReadOnlyList<string> NotFoundSubscriberIds { get; init; } = [];

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
