namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>
/// A stored subscriber as tests and the <c>/__sim</c> controls see it, including what the API
/// does not show: the pending confirmation and the tags and lists held until it is clicked.
/// </summary>
public sealed record SequenzySubscriberInfo
{
    public required string Id { get; init; }

    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>"active", "unsubscribed" or "bounced".</summary>
    public required string Status { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Custom attributes as raw JSON values.</summary>
    public IReadOnlyDictionary<string, string> CustomAttributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Lists the subscriber currently belongs to.</summary>
    public IReadOnlyList<string> ListIds { get; init; } = [];

    public string? Phone { get; init; }

    /// <summary>"not_subscribed", "pending", "subscribed" or "unsubscribed".</summary>
    public required string SmsStatus { get; init; }

    public string? Timezone { get; init; }

    public DateTimeOffset? UnsubscribedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True while a double opt-in confirmation is pending.</summary>
    public bool PendingConfirmation { get; init; }

    public string? ConfirmationToken { get; init; }

    public IReadOnlyList<string> HeldTags { get; init; } = [];

    public IReadOnlyList<string> HeldListIds { get; init; } = [];

    /// <summary>Every run through a sequence, oldest first.</summary>
    public IReadOnlyList<SequenzyEnrollmentInfo> Enrollments { get; init; } = [];
}
