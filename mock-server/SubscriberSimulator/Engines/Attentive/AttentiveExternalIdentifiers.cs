namespace SubscriberSimulator.Engines.Attentive;

/// <summary>External identifiers stored with a contact (from <c>externalIdentifiers</c> on subscribe).</summary>
public sealed record AttentiveExternalIdentifiers(
    string? ClientUserId,
    string? ShopifyId,
    string? KlaviyoId,
    IReadOnlyList<AttentiveCustomIdentifier> CustomIdentifiers)
{
    /// <summary>
    /// Later values win field by field; custom identifiers merge by name, so a subscribe that
    /// omits a field never erases what an earlier one stored.
    /// </summary>
    public AttentiveExternalIdentifiers MergeWith(AttentiveExternalIdentifiers? newer)
    {
        if (newer is null)
        {
            return this;
        }

        var custom = new List<AttentiveCustomIdentifier>(CustomIdentifiers);
        foreach (var identifier in newer.CustomIdentifiers)
        {
            var index = custom.FindIndex(existing => string.Equals(existing.Name, identifier.Name, StringComparison.Ordinal));
            if (index >= 0)
            {
                custom[index] = identifier;
            }
            else
            {
                custom.Add(identifier);
            }
        }

        return new AttentiveExternalIdentifiers(
            newer.ClientUserId ?? ClientUserId,
            newer.ShopifyId ?? ShopifyId,
            newer.KlaviyoId ?? KlaviyoId,
            custom);
    }

    /// <summary>Value equality including the custom identifiers' contents (records compare lists by reference).</summary>
    public bool SameAs(AttentiveExternalIdentifiers? other) =>
        other is not null
        && ClientUserId == other.ClientUserId
        && ShopifyId == other.ShopifyId
        && KlaviyoId == other.KlaviyoId
        && CustomIdentifiers.SequenceEqual(other.CustomIdentifiers);
}
