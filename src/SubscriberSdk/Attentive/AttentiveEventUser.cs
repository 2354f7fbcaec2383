namespace SubscriberSdk.Attentive;

/// <summary>
/// The user a custom attribute or event belongs to: a visitor who need not be subscribed. Give at least
/// one of a phone, an email or an external identifier; external identifiers alone find the user only
/// once <see cref="AttentiveUsersClient.IdentifyAsync"/> linked them to a phone or email.
/// </summary>
public sealed class AttentiveEventUser
{
    /// <summary>Phone in E.164 form (<c>+19148440001</c>).</summary>
    public string? Phone { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>Your own ID of the user.</summary>
    public string? ClientUserId { get; init; }

    /// <summary>Namespaced custom identifiers, each with a name and a value.</summary>
    public IReadOnlyList<AttentiveCustomIdentifier> CustomIdentifiers { get; init; } = [];
}
