namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Which running enrolments of a sequence to cancel: one subscriber or up to 500.
/// </summary>
public sealed class SequenzyCancelEnrollmentsRequest
{
    /// <summary>One subscriber's id.</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Up to 500 subscribers' ids.</summary>
    public IReadOnlyList<string>? SubscriberIds { get; init; }

    /// <summary>True: report what would be cancelled and change nothing.</summary>
    public bool? DryRun { get; init; }

    /// <summary>Why (up to 500 characters), kept on the enrolments.</summary>
    public string? Reason { get; init; }
}
