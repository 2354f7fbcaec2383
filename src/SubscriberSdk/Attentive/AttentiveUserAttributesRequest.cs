namespace SubscriberSdk.Attentive;

/// <summary>
/// One user to create or update (API v2): the identifiers that find it, the attributes to set and the
/// subscriptions to opt it in to. Also one record of a bulk job.
/// </summary>
public sealed class AttentiveUserAttributesRequest
{
    /// <summary>At least one identifier; the user they find is updated, else created.</summary>
    public AttentiveUserIdentifiers? Identifiers { get; init; }

    /// <summary>Attributes; each given field replaces the stored one, the others stay.</summary>
    public AttentiveUserAttributes? Attributes { get; init; }

    /// <summary>Subscriptions to opt the user in to: TEXT needs <see cref="AttentiveUserIdentifiers.Phone"/>, EMAIL <see cref="AttentiveUserIdentifiers.Email"/>.</summary>
    public IReadOnlyList<AttentiveUserSubscription> Subscriptions { get; init; } = [];
}
