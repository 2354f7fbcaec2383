namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// One stored subscriber. Copy-on-write: a committed instance is never changed again (a request
/// clones it, changes the clone and commits the clone), and its arrays are always replaced, never
/// edited in place, so a shallow <see cref="Clone"/> is a safe copy and readers need no lock.
/// </summary>
internal sealed class SequenzySubscriber
{
    public required string Id { get; init; }

    /// <summary>Creation order within the workspace; the tie-break of the newest-first ordering.</summary>
    public long Sequence { get; init; }

    public string? Email { get; set; }

    public string? ExternalId { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public SubscriberStatus Status { get; set; }

    public string[] Tags { get; set; } = [];

    public CustomAttribute[] Attributes { get; set; } = [];

    public string? Phone { get; set; }

    public SmsStatus SmsStatus { get; set; }

    public string? Timezone { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ListMembership[] Lists { get; set; } = [];

    public PendingOptIn? PendingOptIn { get; set; }

    /// <summary>When the last double opt-in email was queued for this contact: at most one per <see cref="Rules.ConsentRules.ResendWindow"/>.</summary>
    public DateTimeOffset? LastConfirmationEmailAt { get; set; }

    /// <summary>Every run through a sequence, oldest first; ended runs stay as history.</summary>
    public SequenceEnrollment[] Enrollments { get; set; } = [];

    public SequenzySubscriber Clone() => (SequenzySubscriber)MemberwiseClone();

    public bool HasTag(string tag) => Array.IndexOf(Tags, tag) >= 0;

    public bool IsCurrentMemberOf(string listId)
    {
        foreach (var membership in Lists)
        {
            if (membership.IsCurrent && string.Equals(membership.ListId, listId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
