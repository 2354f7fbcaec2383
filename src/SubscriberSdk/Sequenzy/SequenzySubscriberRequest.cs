namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Creates a Sequenzy subscriber, or handles the existing one (found by external id, then email) as
/// <see cref="DuplicateStrategy"/> says. A new subscriber needs an email, or a phone for an SMS-only contact.
/// </summary>
public sealed class SequenzySubscriberRequest
{
    /// <summary>The email address.</summary>
    public string? Email { get; init; }

    /// <summary>Your id for the subscriber; matched before the email.</summary>
    public string? ExternalId { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The phone number in E.164 form.</summary>
    public string? Phone { get; init; }

    /// <summary>Whether the subscriber agreed to texts.</summary>
    public bool? SmsConsent { get; init; }

    /// <summary>The initial status of a new subscriber (never changes an existing one).</summary>
    public SequenzySubscriberStatus? Status { get; init; }

    /// <summary>Tags (normalised by Sequenzy: lowercase, hyphens).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>List ids to add the subscriber to; an empty list means none for a new subscriber.</summary>
    public IReadOnlyList<string>? Lists { get; init; }

    /// <summary>Custom attributes.</summary>
    public IReadOnlyDictionary<string, object?>? CustomAttributes { get; init; }

    /// <summary>What to do when the subscriber exists: skip (default), merge or overwrite.</summary>
    public SequenzyDuplicateStrategy? DuplicateStrategy { get; init; }

    /// <summary>Consent handling: the workspace default, already confirmed, or double opt-in by email.</summary>
    public SequenzyOptInMode? OptInMode { get; init; }

    /// <summary>Whether to enroll the subscriber in matching sequences.</summary>
    public bool? EnrollInSequences { get; init; }

    /// <summary>IANA time zone, e.g. <c>Europe/Berlin</c>.</summary>
    public string? Timezone { get; init; }
}
